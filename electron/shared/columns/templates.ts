import { z } from 'zod'
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, templateName } from '../templates'
import { choice } from '../text'
import { column, createdAt, key, table, uid, updatedAt } from './column'

/** A template of the coach's (shared/templates.ts): the coach's own, in no client's export. */
export const TEMPLATES = table('templates', {
  id: { ...key(), exported: false },
  uid: uid(),
  kind: column(choice(TEMPLATE_KINDS, 'A template is for session notes or intake notes.'), {
    privacy: 'structure',
    exported: false,
    words: TEMPLATE_KIND_LABELS
  }),
  name: column(templateName, { privacy: 'private', exported: false }),
  /** JSON: the sections, each `{ heading, prompt }`, checked by shared/templates.ts's schema on every read and write. */
  sections: column(z.string(), { privacy: 'private', exported: false }),
  createdAt: { ...createdAt(), exported: false },
  updatedAt: { ...updatedAt(), exported: false }
})
