import { ACTIONS } from '../../shared/columns/actions'
import { ASSESSMENT_RESULTS, GROWTH_AREAS, INTAKE_NOTES, STAKEHOLDER_INTERVIEWS } from '../../shared/columns/assessment'
import { CLIENT_TAGS, CLIENTS } from '../../shared/columns/clients'
import { sqlName, type Privacy, type Searched, type Table } from '../../shared/columns/column'
import { GOALS } from '../../shared/columns/goals'
import { ORGANISATION_CONTACTS, ORGANISATIONS } from '../../shared/columns/organisations'
import { REVIEWS } from '../../shared/columns/reviews'
import { SESSION_INTRODUCTIONS, SESSIONS } from '../../shared/columns/sessions'
import type { SearchType } from '../../shared/search'

/**
 * What the full-text index holds, table by table. The index's triggers are built from
 * this list (search/tables.ts), and the search reads the same expressions back to show
 * each result as the coach wrote it, so the two can never disagree.
 *
 * Expressions are SQL over one row of `table`, written `@column`. Each part becomes one
 * row of the index: its `title` (names, statements: found before the rest) and its
 * `body`, each the listed values joined by line breaks and folded (search/fold.ts).
 *
 * The parts are derived from the table's column list (electron/shared/columns/): its
 * searched columns in the list's order, and whether they are private from their privacy.
 * Changing what a list searches changes what new databases get, not the triggers of
 * existing ones: see the checklist in electron/shared/columns/column.ts.
 */
export interface IndexedPart {
  /** 1 when this text is private to the coach, 0 when it can appear in a shared summary. */
  private: string
  title: string[]
  body: string[]
}

export interface IndexedSource {
  type: SearchType
  table: string
  parts: IndexedPart[]
  clientId: string
  /** The record's day: its own date where it has one, else the day it was written. */
  onDate: string
  /** Tables whose rows are part of this record's text (a client's tags): a change to them rewrites it. */
  children?: { table: string; key: string }[]
}

/** A table whose rows' searched text (in the list's order) goes into the parent's, before one of the parent's columns. */
interface SearchedChild {
  table: Table
  /** Its column naming the parent's id. */
  key: string
  before: string
}

interface SearchedTable {
  type: SearchType
  table: Table
  clientId: string
  onDate: string
  children?: SearchedChild[]
}

const ENGAGEMENT_CLIENT = '(SELECT client_id FROM engagements WHERE id = @engagement_id)'
const DAY_WRITTEN = 'coachbook_local_day(@created_at)'

const SEARCHED: readonly SearchedTable[] = [
  {
    type: 'client',
    table: CLIENTS,
    clientId: '@id',
    onDate: 'NULL',
    children: [{ table: CLIENT_TAGS, key: 'clientId', before: 'notes' }]
  },
  { type: 'organisation', table: ORGANISATIONS, clientId: 'NULL', onDate: 'NULL' },
  { type: 'contact', table: ORGANISATION_CONTACTS, clientId: 'NULL', onDate: 'NULL' },
  { type: 'intake_note', table: INTAKE_NOTES, clientId: ENGAGEMENT_CLIENT, onDate: '@noted_on' },
  { type: 'interview', table: STAKEHOLDER_INTERVIEWS, clientId: ENGAGEMENT_CLIENT, onDate: '@interviewed_on' },
  { type: 'assessment_result', table: ASSESSMENT_RESULTS, clientId: ENGAGEMENT_CLIENT, onDate: '@taken_on' },
  { type: 'growth_area', table: GROWTH_AREAS, clientId: ENGAGEMENT_CLIENT, onDate: DAY_WRITTEN },
  { type: 'goal', table: GOALS, clientId: ENGAGEMENT_CLIENT, onDate: DAY_WRITTEN },
  { type: 'action', table: ACTIONS, clientId: ENGAGEMENT_CLIENT, onDate: `coalesce(@due_on, ${DAY_WRITTEN})` },
  { type: 'session', table: SESSIONS, clientId: ENGAGEMENT_CLIENT, onDate: 'coachbook_local_day(@starts_at)' },
  {
    // Introductions are rewritten with their session whenever it is saved, so the session's day stays right.
    type: 'introduction',
    table: SESSION_INTRODUCTIONS,
    clientId:
      '(SELECT e.client_id FROM sessions s JOIN engagements e ON e.id = s.engagement_id WHERE s.id = @session_id)',
    onDate: '(SELECT coachbook_local_day(starts_at) FROM sessions WHERE id = @session_id)'
  },
  { type: 'review', table: REVIEWS, clientId: ENGAGEMENT_CLIENT, onDate: '@held_on' }
]

interface SearchedText {
  name: string
  place: Searched
  /** The value, as SQL over the row. */
  expression: string
  privacy: Privacy
}

/** A child's searched values as one value of the parent: a client's tags, in order, separated by spaces. */
function childText({ table, key }: SearchedChild): SearchedText[] {
  return Object.entries(table.columns).flatMap(([name, column]) => {
    if (!column.search) return []
    const value = sqlName(name)
    const expression = `(SELECT group_concat(${value}, ' ') FROM (SELECT ${value} FROM ${table.name} WHERE ${sqlName(key)} = @id ORDER BY ${value}))`
    return [{ name, place: column.search, expression, privacy: column.privacy }]
  })
}

/** The searched values of the table's rows, in the list's order, with its children's where they go. */
function searchedText({ table, children = [] }: SearchedTable): SearchedText[] {
  return Object.entries(table.columns).flatMap(([name, column]): SearchedText[] => [
    ...children.filter((child) => child.before === name).flatMap(childText),
    ...(column.search ? [{ name, place: column.search, expression: `@${sqlName(name)}`, privacy: column.privacy }] : [])
  ])
}

/** The flag that makes the value shareable, when it is private until then. */
function markedBy(privacy: Privacy): string | null {
  return typeof privacy === 'object' && privacy.otherwise === 'private' ? `@${sqlName(privacy.shareableWhen)}` : null
}

function part(privateFlag: string, values: SearchedText[], expression: (value: SearchedText) => string = (value) => value.expression): IndexedPart {
  const of = (place: Searched) => values.filter((value) => value.place === place).map(expression)
  return { private: privateFlag, title: of('title'), body: of('body') }
}

/**
 * A record's text is private when any of it is private to the coach, and follows the flag
 * when all of it is shared once marked (an intake note). When a flag marks only some of it
 * (a session's notes), the record has two rows: the text that can be shared, then the
 * private text.
 */
function partsOf(source: SearchedTable): IndexedPart[] {
  const values = searchedText(source)
  const flags = [...new Set(values.map((value) => markedBy(value.privacy)).filter((flag) => flag !== null))]
  const isPrivate = (value: SearchedText) => value.privacy === 'private'
  if (flags.length === 0) return [part(values.some(isPrivate) ? '1' : '0', values)]
  const [flag, other] = flags
  if (other !== undefined) throw new Error(`The ${source.type} text is marked shareable by two flags.`)
  if (values.every((value) => markedBy(value.privacy) !== null)) return [part(`(1 - ${flag})`, values)]
  // A marked value is in the shareable row while marked, and in the private row until then.
  const marked = (shareableRow: boolean) => (value: SearchedText) => {
    if (!markedBy(value.privacy)) return value.expression
    const [whenMarked, otherwise] = shareableRow ? [value.expression, "''"] : ["''", value.expression]
    return `CASE WHEN ${flag} = 1 THEN ${whenMarked} ELSE ${otherwise} END`
  }
  return [
    part('0', values.filter((value) => !isPrivate(value)), marked(true)),
    part('1', values.filter((value) => isPrivate(value) || markedBy(value.privacy)), marked(false))
  ]
}

export const INDEXED_SOURCES: readonly IndexedSource[] = SEARCHED.map((source) => ({
  type: source.type,
  table: source.table.name,
  parts: partsOf(source),
  clientId: source.clientId,
  onDate: source.onDate,
  ...(source.children ? { children: source.children.map((child) => ({ table: child.table.name, key: sqlName(child.key) })) } : {})
}))

/**
 * Each type has a full-text table of its own, so a search orders each type's matches
 * without walking past every other type's (a word common in sessions costs nothing
 * when looking through clients), and a type filter simply skips tables.
 */
export function indexTableOf(type: SearchType): string {
  return `search_${type}`
}

/** The SQL expression with each `@column` read from `alias`. */
export function overRow(expression: string, alias: string): string {
  return expression.replace(/@(\w+)/g, `${alias}.$1`)
}

/** Every column of the row the source reads: changing any of them rewrites the index row. */
export function columnsRead(source: IndexedSource): string[] {
  const expressions = [
    source.clientId,
    source.onDate,
    ...source.parts.flatMap((part) => [part.private, ...part.title, ...part.body])
  ]
  const columns = new Set(expressions.flatMap((expression) => [...expression.matchAll(/@(\w+)/g)].map((m) => m[1]!)))
  columns.delete('id')
  return [...columns].sort()
}

export function sourceOf(type: SearchType): IndexedSource {
  const source = INDEXED_SOURCES.find((candidate) => candidate.type === type)
  if (!source) throw new Error(`No indexed source for ${type}.`)
  return source
}
