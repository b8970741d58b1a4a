import { describe, expect, it } from 'vitest'
import { dayOf } from '../../shared/dates'
import { exportedColumns, type Table } from '../../shared/columns/column'
import { labelOf, type ValueSet } from '../../shared/vocabulary'
import { exportOf, recordsOf } from '../testing/exportRecords'
import { richClient } from '../testing/richClient'
import { escapeHtml } from './html'
import { freshPracticeEachTest } from '../testing/eachTest'

/**
 * The readable page of an export is the client's right of access in words a person
 * reads: every exported column that says something (not an id, a link, an order or a
 * stamp) is on it, as typed, or in its map's words for a value from a fixed set. The
 * columns come from the tables' lists, so a column added to a list and not to the page
 * fails here.
 */

const practice = freshPracticeEachTest()
const { call } = practice

/** How the page writes a stored text: its map's label for a value from a fixed set, the text itself otherwise. */
function written(table: Table, name: string, value: string): string {
  const { words } = table.columns[name]!
  return words ? labelOf({ name, values: Object.keys(words), words } as ValueSet, value) : value
}

/** A moment (a stamp, a session's start) is shown in the page's own way, not as stored. */
const isMoment = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value)

describe('the readable page of an export', () => {
  it('shows every exported text the coach wrote or chose, in its map’s words for a fixed set of values', async () => {
    const { client } = await richClient(call)
    const { file, page } = await exportOf(call, client.id)
    const missing: string[] = []
    for (const [table, record] of recordsOf(file)) {
      for (const name of exportedColumns(table)) {
        const value = record[name]
        if (table.columns[name]!.privacy === 'structure' || typeof value !== 'string' || value === '' || isMoment(value)) continue
        if (!page.includes(escapeHtml(written(table, name, value)))) missing.push(`${table.name}.${name}: ${value}`)
      }
    }
    expect(missing, 'exported values the readable page leaves out').toEqual([])
  })

  it('dates the export, and when the client was added, by the coach’s own calendar, not UTC’s', async () => {
    const { client } = await richClient(call)
    const { file, page } = await exportOf(call, client.id)
    expect(page).toContain(`exported ${dayOf(file.exportedAt)}`)
    expect(page).toContain(`<dt>Added</dt><dd>${dayOf(file.client.createdAt)}</dd>`)
  })
})
