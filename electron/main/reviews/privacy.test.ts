import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Column } from '../../shared/columns/column'
import type { SponsorReportingLevel } from '../../shared/engagements'
import type { ClientExport } from '../../shared/privacy'
import type { Audience } from '../../shared/reviews'
import type { AppDatabase } from '../db/connection'
import { caller, type Caller } from '../testing/calls'
import { freshDispatch } from '../testing/db'
import { exportOf, recordsOf } from '../testing/exportRecords'
import { richClient } from '../testing/richClient'

/**
 * The summary follows the privacy field lists: for every record of a client filled in
 * everywhere, each value whose column the lists keep from a reader (private to the coach,
 * the client's only for the sponsor, or marked shareable and not marked) is nowhere in
 * that reader's summary, which the screen and the PDFs print. A column added to a list
 * is checked here at once.
 */

let database: AppDatabase
let call: Caller
let engagementId: number
let file: ClientExport

beforeAll(async () => {
  const fresh = freshDispatch()
  database = fresh.database
  call = caller(fresh.dispatch)
  const { client, engagement } = await richClient(call)
  engagementId = engagement.id
  ;({ file } = await exportOf(call, client.id))
}, 30_000)
afterAll(() => database.close())

/** Whether the column's value in this record may reach the reader, by its privacy in the lists. */
function mayRead(column: Column, record: Record<string, unknown>, reader: Audience): boolean {
  const { privacy } = column
  if (typeof privacy === 'object') {
    if (record[privacy.shareableWhen] === true) return true
    return privacy.otherwise === 'clientOnly' && reader === 'client'
  }
  if (privacy === 'clientOnly') return reader === 'client'
  return privacy !== 'private'
}

/** The texts of the client's records its reader may not see, and those it may (the same text can be both, as a date can). */
function textsFor(reader: Audience): { hidden: Map<string, string>; shown: Set<string> } {
  const hidden = new Map<string, string>()
  const shown = new Set<string>()
  for (const [table, record] of recordsOf(file)) {
    for (const [name, column] of Object.entries(table.columns)) {
      const value = record[name]
      // Values from a fixed set ("client", "video") are words many fields share: only what was written is traced.
      if (typeof value !== 'string' || value === '' || column.words || column.privacy === 'structure') continue
      if (mayRead(column, record, reader)) shown.add(value)
      else hidden.set(value, `${table.name}.${name}`)
    }
  }
  return { hidden, shown }
}

describe('the privacy field lists', () => {
  it.each([
    ['client', 'none'],
    ['sponsor', 'none'],
    ['sponsor', 'progress'],
    ['sponsor', 'summary']
  ] as [Audience, SponsorReportingLevel][])('keep from the %s’s summary (sponsor reporting "%s") every value its reader may not see', async (audience, level) => {
    database.sqlite.prepare('UPDATE engagements SET sponsor_reporting = ? WHERE id = ?').run(level, engagementId)
    const summary = JSON.stringify(await call.ok('reviews:summary', { engagementId, audience }))
    const { hidden, shown } = textsFor(audience)
    const leaks = [...hidden].filter(([value]) => !shown.has(value) && summary.includes(JSON.stringify(value)))
    expect(leaks.map(([value, column]) => `${column}: ${value}`)).toEqual([])
    expect(hidden.size).toBeGreaterThan(10)
  })
})
