import { z } from 'zod'

/**
 * The window's content security policy forbids evaluating strings, and zod compiles a
 * fast path for object schemas with `new Function` when it sees no such policy — which
 * is what it sees here, because this script runs before the page's policy is read. So
 * schemas are told never to compile. Imported first, before any schema is made: zod
 * decides when a schema is made.
 */
z.config({ jitless: true })
