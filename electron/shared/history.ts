import { formattingLocale } from './locale'
import { z } from 'zod'
import { formatDay, formatMoment, formatMomentDay, type Place } from './dates'
import { formatMoney } from './money'
import { listCursor } from './paging'
import { recordId } from './text'
import { listOf, noun, type Noun } from './words'

// ---- A record's history --------------------------------------------------------------
//
// What changed when, read from the change log (main/changes/history.ts): for the coach's
// own screen only. No report, summary, PDF, export or sponsor's view reads it.

/** The records whose screens show their history. */
export const HISTORY_TABLES = ['clients', 'engagements', 'goals', 'sessions'] as const
export type HistoryTable = (typeof HISTORY_TABLES)[number]

/** What each is called: "This client no longer exists". */
export const HISTORY_TABLE_NOUNS: Readonly<Record<HistoryTable, Noun>> = {
  clients: noun('client'),
  engagements: noun('engagement'),
  goals: noun('goal'),
  sessions: noun('session')
}

/** How many writes one page of a history holds. */
export const HISTORY_PAGE = 30

/** A value as a line shows it: the window writes it in the coach's locale, time zone and currency. */
export const shownValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  /** A value from a fixed set, in its words (shared/vocabulary.ts). */
  z.object({ type: z.literal('word'), label: z.string() }),
  z.object({ type: z.literal('day'), day: z.string() }),
  z.object({ type: z.literal('moment'), moment: z.string() }),
  z.object({ type: z.literal('number'), number: z.number() }),
  z.object({ type: z.literal('money'), amountMinor: z.number(), currency: z.string() }),
  z.object({ type: z.literal('flag'), yes: z.boolean() }),
  /** Several texts: a client's tags as they are now. */
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
  /** A linked record by its name; null: it was deleted since. */
  z.object({ type: z.literal('record'), name: z.string().nullable(), noun: z.string() })
])
export type ShownValue = z.infer<typeof shownValueSchema>

/** A part of the record that has no screen of its own (a client's tag, an engagement's status change), by its noun and what it says. */
const partSchema = z.object({ noun: z.string(), title: z.array(shownValueSchema) }).nullable()

export const historyLineSchema = z.discriminatedUnion('kind', [
  /** The record (or, with `part`, one of its parts) was added. */
  z.object({ kind: z.literal('added'), part: partSchema }),
  z.object({ kind: z.literal('removed'), part: partSchema }),
  /**
   * A field set from one value to another; null: empty. `beforeKnown` false: the value
   * before was never recorded (the record is older than the change log).
   */
  z.object({
    kind: z.literal('set'),
    part: partSchema,
    field: z.string(),
    before: shownValueSchema.nullable(),
    after: shownValueSchema.nullable(),
    beforeKnown: z.boolean()
  }),
  /**
   * A long text (notes, terms, reflections) written, edited or cleared: the line says so;
   * the texts are there for the coach to open. `before` null: never recorded.
   */
  z.object({
    kind: z.literal('edited'),
    part: partSchema,
    field: z.string(),
    before: z.string().nullable(),
    after: z.string(),
    private: z.boolean()
  }),
  z.object({ kind: z.literal('archived'), archived: z.boolean() })
])
export type HistoryLine = z.infer<typeof historyLineSchema>

/** The changes of one write: one moment, one group of lines. */
export const historyGroupSchema = z.object({ timestamp: z.string(), at: z.string(), lines: z.array(historyLineSchema) })
export type HistoryGroup = z.infer<typeof historyGroupSchema>

export const historyPageSchema = z.object({
  /** The record's global id. */
  uid: z.string(),
  /** Newest first. */
  groups: z.array(historyGroupSchema),
  nextCursor: z.string().nullable(),
  /** On the last page: what the history cannot show from before its first line. */
  earlier: z.object({
    /** The record was added before changes were recorded: when (its own stamp), if known. */
    notRecordedFrom: z.string().nullable(),
    /** Changes before this moment were compacted to the value each field had then. */
    compactedBefore: z.string().nullable()
  })
})
export type HistoryPage = z.infer<typeof historyPageSchema>

export const historyContract = {
  /** What changed when on a client, engagement, goal or session, and on what hangs off it; newest first, a page at a time. */
  'changes:history': {
    input: z.strictObject({
      table: z.enum(HISTORY_TABLES, { error: 'History is kept for clients, engagements, goals and sessions.' }),
      id: recordId,
      cursor: listCursor
    }),
    output: historyPageSchema
  }
} as const

// ---- In words ------------------------------------------------------------------------

const quoted = (text: string) => `“${text}”`

/** A value as the coach reads it, where they are. */
export function valueText(value: ShownValue, place: Place = {}): string {
  switch (value.type) {
    case 'text':
      return quoted(value.text)
    case 'word':
      return value.label
    case 'day':
      return formatDay(value.day, place.locale)
    case 'moment':
      return formatMoment(value.moment, place)
    case 'number':
      return new Intl.NumberFormat(formattingLocale(place.locale), { maximumFractionDigits: 6 }).format(value.number)
    case 'money':
      return formatMoney(value.amountMinor, value.currency, place.locale)
    case 'flag':
      return value.yes ? 'Yes' : 'No'
    case 'list':
      return listOf(value.items.map(quoted))
    case 'record':
      return value.name === null ? `a deleted ${value.noun}` : quoted(value.name)
  }
}

function partText(part: z.infer<typeof partSchema>, place: Place): string {
  if (!part) return ''
  const title = part.title.map((value) => valueText(value, place)).join(', ')
  return title ? `${part.noun} ${title}` : part.noun
}

function setText(line: Extract<HistoryLine, { kind: 'set' }>, place: Place): string {
  const before = line.before && valueText(line.before, place)
  const after = line.after && valueText(line.after, place)
  if (!line.beforeKnown) return after ? `${line.field} changed to ${after}` : `${line.field} cleared`
  if (before && after) return `${line.field} ${before} → ${after}`
  if (after) return `${line.field} set to ${after}`
  return before ? `${line.field} ${before} cleared` : `${line.field} cleared`
}

function editedText(line: Extract<HistoryLine, { kind: 'edited' }>): string {
  if (!line.after) return `${line.field} cleared`
  return line.before === '' ? `${line.field} written` : `${line.field} edited`
}

/** One line in words: "Status Active → Completed", "Tag “leadership” added", "Notes edited". */
export function lineText(line: HistoryLine, place: Place = {}): string {
  if (line.kind === 'archived') return line.archived ? 'Archived' : 'Restored from the archive'
  const part = partText(line.part, place)
  if (line.kind === 'added') return part ? `${part} added` : 'Added'
  if (line.kind === 'removed') return part ? `${part} removed` : 'Removed'
  const text = line.kind === 'set' ? setText(line, place) : editedText(line)
  return part ? `${part} · ${text}` : text
}

/** The day a write was made, as the coach writes it on their calendar: "Dec 6, 2026". */
export function groupDay(group: HistoryGroup, place: Place = {}): string {
  return formatMomentDay(group.at, place)
}

/** Each line of a group in words, after its day: "Dec 6, 2026 · Status Active → Completed". */
export function groupLines(group: HistoryGroup, place: Place = {}): string[] {
  const day = groupDay(group, place)
  return group.lines.map((line) => `${day} · ${lineText(line, place)}`)
}

/** What the history says of the time before its first line, in words; empty when it holds everything. */
export function earlierText(earlier: HistoryPage['earlier'], place: Place = {}): string[] {
  const said: string[] = []
  if (earlier.compactedBefore) {
    said.push(`Changes before ${formatMomentDay(earlier.compactedBefore, place)} are kept as the values they led to, not one by one.`)
  }
  if (earlier.notRecordedFrom) {
    said.push(`Added ${formatMomentDay(earlier.notRecordedFrom, place)}, before Coachbook recorded changes: earlier history was not recorded.`)
  }
  return said
}
