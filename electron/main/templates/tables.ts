import type { TEMPLATES } from '../../shared/columns/templates'
import type { StoredRow } from '../db/stored'

// The table's row, from its column list (electron/shared/columns/templates.ts).
export type TemplatesTable = StoredRow<typeof TEMPLATES>

export interface TemplateTables {
  templates: TemplatesTable
}
