import { z } from 'zod'
import { isoDateTime } from '../text'
import { column, table, uid } from './column'

/** The practice's settings (backups, branding…): the coach's own, in no client's export. */
export const SETTINGS = table('settings', {
  uid: uid(),
  key: column(z.string(), { privacy: 'structure', exported: false }),
  /** JSON, checked by the owning domain's zod schema on every read and write. */
  value: column(z.string(), { privacy: 'private', exported: false }),
  updatedAt: column(isoDateTime('The last change time'), { privacy: 'structure', exported: false })
})
