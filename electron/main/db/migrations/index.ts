import type { Migration } from '../migrator'
import { migration001Clients } from './001_clients'

/**
 * Every migration, in order. Listed by hand rather than discovered on disk, because
 * the main process is bundled. A landed migration is never edited: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [migration001Clients]
