import { z } from 'zod'

/** A position holds the last row's sort keys (a client's folded name, organisation, email and tags). */
const MAX_CURSOR = 10_000

/**
 * Where the next page of a long list starts: opaque to the renderer, which hands back
 * the `nextCursor` of the page before. Missing means the first page.
 */
export const listCursor = z
  .string({ error: 'The list position must be text.' })
  .max(MAX_CURSOR, 'This list position is not valid: reload the list.')
  .nullish()
  .transform((value) => value ?? null)
