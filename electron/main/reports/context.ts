import type { Platform } from '../platform'

/** What the report channels need beyond the database: the native dialogs and file manager, and the bundled fonts. */
export interface ReportsContext {
  platform: Platform
  resourcesDir: string
}
