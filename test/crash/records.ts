import { createHash } from 'node:crypto'
import { copyFileSync } from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'

/**
 * What the crash writer writes. Each client is named by its key (`<run>-<seq>`, unique in
 * the whole test), and each write is a multi-row transaction (a client and its three
 * tags, or a rewrite of an earlier client's notes and tags to a new version) whose notes
 * carry their own checksum and whose tags name the same version, so a torn write shows
 * as a wrong checksum, a client with fewer than three tags, or tags of another version.
 * The notes start with `<key>:`, the needle that must not be in the file or its journal
 * once the client is erased.
 */
export const TAGS_PER_CLIENT = 3

/** The kinds of operation the writer does, and a kill can land inside. */
export const KINDS = ['write', 'checkpoint', 'backup', 'restore', 'erasure', 'migration', 'rekey'] as const
export type Kind = (typeof KINDS)[number]

export function notesFor(key: string, version: number): string {
  const body = `${key}:${version}:`.repeat(1 + ((key.length * 7919 + version * 104729) % 600))
  return `${body}#${createHash('sha256').update(body).digest('hex')}`
}

export function tagsFor(key: string, version: number): string[] {
  return Array.from({ length: TAGS_PER_CLIENT }, (_, i) => `t${key}-${version}-${i}`)
}

/** What a stored client says about itself: its version, and whether it is whole (checksum and tags agree). */
export function readClient(name: string, notes: string, tags: string[]): { version: number; whole: boolean } {
  const [body = '', checksum] = notes.split('#')
  const version = Number(body.split(':')[1])
  const whole =
    checksum === createHash('sha256').update(body).digest('hex') &&
    body.startsWith(`${name}:`) &&
    JSON.stringify([...tags].sort()) === JSON.stringify(tagsFor(name, version))
  return { version, whole }
}

/** The needle of a client's words in the database's bytes. */
export function needleOf(key: string): Buffer {
  return Buffer.from(`${key}:`)
}

/** The schema version the migrated practices start at: before the search index, which the update builds. */
export const MIGRATION_FROM = 9
const MIGRATION_CLIENTS = 300

function migrationClientName(index: number): string {
  return `Old client ${index}`
}

/**
 * A practice as version 9 of the app left it (the fixture), grown with clients whose notes
 * the update to the current version must index: enough work to be killed in the middle of.
 */
export function writeOldPractice(fixture: string, file: string): void {
  copyFileSync(fixture, file)
  const sqlite = new Database(file)
  try {
    const insert = sqlite.prepare("INSERT INTO clients (name, notes, created_at, updated_at) VALUES (?, ?, '2025-01-06T09:00:00.000Z', '2025-01-06T09:00:00.000Z')")
    sqlite.transaction(() => {
      for (let index = 0; index < MIGRATION_CLIENTS; index++) {
        insert.run(migrationClientName(index), `Worked on delegation and the board, session after session. `.repeat(30))
      }
    })()
  } finally {
    sqlite.close()
  }
}

/** The clients a migrated practice must hold: the fixture's, and the ones written into it. */
export function oldPracticeClients(fixture: string): string[] {
  const sqlite = new Database(fixture, { readonly: true })
  try {
    const names = sqlite.prepare('SELECT name FROM clients').pluck().all() as string[]
    return [...names, ...Array.from({ length: MIGRATION_CLIENTS }, (_, index) => migrationClientName(index))].sort()
  } finally {
    sqlite.close()
  }
}
