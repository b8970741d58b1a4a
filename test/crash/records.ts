import { createHash } from 'node:crypto'

/**
 * What the crash writer writes. Each write is a multi-row transaction (a client and
 * its three tags, or a rewrite of the notes and tags of an earlier client) whose notes
 * carry their own checksum, so a torn write would show as a wrong checksum or a client
 * with fewer than three tags.
 */
export const TAGS_PER_CLIENT = 3

export function notesFor(run: string, seq: number, version: number): string {
  const body = `${run}:${seq}:${version}:`.repeat(1 + ((seq * 7919 + version * 104729) % 600))
  return `${body}#${createHash('sha256').update(body).digest('hex')}`
}

export function tagsFor(seq: number, version: number): string[] {
  return Array.from({ length: TAGS_PER_CLIENT }, (_, i) => `t${seq}-${version}-${i}`)
}
