import { sql, type RawBuilder } from 'kysely'
import { SINCE_LAST_SESSION_WORDS, type SinceLastSession } from '../../shared/listFilters'
import type { Parameter } from '../db/prepared'

// The filters the client list shares with the engagement list (shared/listFilters.ts), as
// SQL conditions composed into the list's own query (filters/ composes the engagement list's).
// No recent session is a correlated NOT EXISTS on engagements' index by client, read with
// their stored figures of held sessions. A tag, a kind or a sponsor is the list of the
// clients it names, read once from its own index (the tag's, the kind's, the sponsor's; a
// kind and a sponsor together are one engagement of both, read from the sponsor's): as a
// correlated EXISTS, SQLite would probe again for every client it steps over, and counting
// a rare tag would step over the whole practice.
// A page costs what it shows and what it steps over, never a pass over the practice in the renderer.

export interface ListFilterValues {
  tag: string | null
  kindId: number | null
  sponsorId: number | null
  sinceLastSession: SinceLastSession | null
}

/** Which filters are set: what sets one prepared statement apart from another. */
export interface Narrowing {
  tag: boolean
  kind: boolean
  sponsor: boolean
  since: 'weeks' | 'never' | null
}

/** The values the conditions read, given at each call of a prepared statement. */
export interface NarrowingParameters {
  tag: string
  kindId: number
  sponsorId: number
  /** Held sessions from this moment on count as recent (UTC ISO). */
  heldSince: string
}

export function narrowingOf(filter: ListFilterValues): Narrowing {
  return {
    tag: filter.tag !== null && filter.tag !== '',
    kind: filter.kindId !== null,
    sponsor: filter.sponsorId !== null,
    since: filter.sinceLastSession === null ? null : filter.sinceLastSession === 'never' ? 'never' : 'weeks'
  }
}

export function narrowingKey(narrowing: Narrowing): string {
  return `${narrowing.tag} ${narrowing.kind} ${narrowing.sponsor} ${narrowing.since}`
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** The values of a filter for a statement's parameters; an unset one is a value no record has. */
export function narrowingParameters(filter: ListFilterValues, now = new Date()): NarrowingParameters {
  const weeks = filter.sinceLastSession === null ? null : SINCE_LAST_SESSION_WORDS[filter.sinceLastSession].weeks
  return {
    tag: filter.tag ?? '',
    kindId: filter.kindId ?? 0,
    sponsorId: filter.sponsorId ?? 0,
    heldSince: weeks === null ? '' : new Date(now.getTime() - weeks * WEEK_MS).toISOString()
  }
}

/**
 * Whether the engagement `alias` has held a session from `since` on, or at all: read from
 * its stored figures (migration 020), not from its sessions. Never null, so it can be negated.
 */
export function hasHeldSince(alias: string, since: string | null): RawBuilder<boolean> {
  return since === null
    ? sql<boolean>`${sql.ref(`${alias}.held_sessions`)} > 0`
    : sql<boolean>`coalesce(${sql.ref(`${alias}.last_held_at`)} >= ${since}, 0)`
}

/**
 * How a list reads its clients. A page walks the index by name and keeps the clients a
 * condition's list names (made once, each client checked against it): it stops after a
 * page, however many a tag, a kind or the words typed match. A count starts from those
 * lists instead and reads only what matches, up to a thousand and one. A sponsor's
 * clients are few: a page of them starts from them too.
 */
export type ListReading = 'page' | 'count'

/** The client's id as a condition's list is checked against it: the unary + keeps SQLite from starting a page from that list. */
export function clientIdAs(reading: ListReading): RawBuilder<number> {
  return reading === 'page' ? sql<number>`+clients.id` : sql<number>`clients.id`
}

/** Conditions on `clients`: their own tag; an engagement of the kind and/or sponsored by the organisation; no recent session in any engagement. */
export function clientConditions(narrowing: Narrowing, parameter: Parameter<NarrowingParameters>, reading: ListReading): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = []
  const walked = clientIdAs(reading)
  if (narrowing.tag) {
    conditions.push(sql<boolean>`${walked} IN (SELECT ct.client_id FROM client_tags ct WHERE ct.tag = ${parameter('tag')})`)
  }
  if (narrowing.kind && narrowing.sponsor) {
    // One engagement of the kind that the organisation sponsors, as the engagement list reads both; found from the sponsor's few.
    conditions.push(
      sql<boolean>`clients.id IN (SELECT es.client_id FROM engagements es
        WHERE es.sponsor_organisation_id = ${parameter('sponsorId')} AND es.kind_id = ${parameter('kindId')})`
    )
  } else if (narrowing.kind) {
    conditions.push(sql<boolean>`${walked} IN (SELECT ek.client_id FROM engagements ek WHERE ek.kind_id = ${parameter('kindId')})`)
  } else if (narrowing.sponsor) {
    conditions.push(
      sql<boolean>`clients.id IN (SELECT es.client_id FROM engagements es WHERE es.sponsor_organisation_id = ${parameter('sponsorId')})`
    )
  }
  if (narrowing.since) {
    const since = narrowing.since === 'weeks' ? parameter('heldSince') : null
    conditions.push(sql<boolean>`NOT EXISTS (SELECT 1 FROM engagements eh WHERE eh.client_id = clients.id AND ${hasHeldSince('eh', since)})`)
  }
  return conditions
}
