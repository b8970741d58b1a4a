import { z } from 'zod'
import { choice, recordId } from './text'
import { noun, type Noun } from './words'

/**
 * Links to a record that live outside Coachbook — in a calendar event, a note, an email
 * the coach sends themselves — and open the record when clicked. They name the record by
 * its global id, so a link stays right when records are renumbered or the practice is
 * opened on another computer, and they are `coachbook://open/<kind>/<uid>`: the scheme
 * the OS hands to Coachbook, on a host the window's own origin (coachbook://app) never
 * uses, so a link can never be mistaken for a page of the app. A link only ever opens
 * a record: it carries nothing else, and anything else is refused.
 */
export const LINK_SCHEME = 'coachbook'
const LINK_HOST = 'open'
export const LINKED_KINDS = ['client', 'engagement', 'session'] as const
export type LinkedKind = (typeof LINKED_KINDS)[number]
export const LINKED_KIND_NOUNS: Record<LinkedKind, Noun> = { client: noun('client'), engagement: noun('engagement'), session: noun('session') }

/** Longer than any link Coachbook writes; anything longer is not one of ours. */
const LONGEST_LINK = 120
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const NOT_A_RECORD = 'A link names a client, an engagement or a session.'
const NOT_AN_ID = 'A link names its record by a global id.'
const linkedKind = choice(LINKED_KINDS, NOT_A_RECORD)

export const recordLinkSchema = z.strictObject({
  kind: linkedKind,
  uid: z.string({ error: NOT_AN_ID }).max(36, NOT_AN_ID).regex(UUID, NOT_AN_ID)
})
export type RecordLink = z.output<typeof recordLinkSchema>

/** The link that opens a record. */
export function recordLinkUrl({ kind, uid }: RecordLink): string {
  return `${LINK_SCHEME}://${LINK_HOST}/${kind}/${uid}`
}

/** The record a link opens, or null for anything that is not exactly a Coachbook record link. */
export function parseRecordLink(text: unknown): RecordLink | null {
  if (typeof text !== 'string' || text.length > LONGEST_LINK || !URL.canParse(text)) return null
  const url = new URL(text)
  const plain = url.username === '' && url.password === '' && url.port === '' && url.search === '' && url.hash === ''
  if (url.protocol !== `${LINK_SCHEME}:` || url.host !== LINK_HOST || !plain) return null
  const [, kind, uid, ...rest] = url.pathname.split('/')
  if (rest.length > 0) return null
  const parsed = recordLinkSchema.safeParse({ kind, uid: uid?.toLowerCase() })
  return parsed.success ? parsed.data : null
}

/** The first argument that is a record link: how Windows and Linux hand a clicked link to the app. */
export function recordLinkInArguments(argv: readonly string[]): RecordLink | null {
  for (const argument of argv) {
    const link = parseRecordLink(argument)
    if (link) return link
  }
  return null
}

/** Where a link leads in this practice: the record's ids, or null when it is not here (deleted, or from another practice). */
export const linkedRecordSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('client'), clientId: z.number() }),
    z.object({ kind: z.literal('engagement'), engagementId: z.number() }),
    z.object({ kind: z.literal('session'), engagementId: z.number(), sessionId: z.number() })
  ])
  .nullable()
export type LinkedRecord = z.output<typeof linkedRecordSchema>

export const linksContract = {
  /** The record a link opens, by its global id. */
  'links:resolve': { input: recordLinkSchema, output: linkedRecordSchema },
  /** The link to a record, to paste into a calendar event or a note. */
  'links:forRecord': {
    input: z.strictObject({ kind: linkedKind, id: recordId }),
    output: z.object({ url: z.string() })
  }
} as const
