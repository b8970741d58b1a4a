import { z } from 'zod'
import type { ChannelArgs } from '../../shared/contract'
import { BUILT_IN_TEMPLATES, templateSectionSchema, type Template, type TemplateKind, type TemplateSection } from '../../shared/templates'
import { nowIso } from '../clock'
import type { Reader, Writer } from '../db/door'
import { nameCollator } from '../db/values'
import { AppError, notFound } from '../errors'
import type { TemplatesTable } from './tables'

type Row = Pick<TemplatesTable, 'kind' | 'name' | 'sections' | 'updatedAt'> & { id: number }

const storedSections = z.array(templateSectionSchema)

/** The sections as stored (JSON), checked again as they are read: a damaged row is said, never shown half. */
function sectionsOf(json: string): TemplateSection[] {
  const parsed = storedSections.safeParse(JSON.parse(json))
  if (!parsed.success) throw new AppError('internal', 'A template’s sections could not be read. Edit the template and save it again.')
  return parsed.data
}

function templateOf(row: Row): Template {
  return { id: row.id, builtIn: null, kind: row.kind, name: row.name, sections: sectionsOf(row.sections), updatedAt: row.updatedAt }
}

const COLUMNS = ['id', 'kind', 'name', 'sections', 'updatedAt'] as const

async function requireTemplate(db: Reader, id: number): Promise<Template> {
  const row = await db.selectFrom('templates').select(COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('template')
  return templateOf(row)
}

/** The built-ins first, in their own order, then the coach's own by name; of one kind when asked. */
export async function listTemplates(db: Reader, kind?: TemplateKind): Promise<{ items: Template[] }> {
  let query = db.selectFrom('templates').select(COLUMNS)
  if (kind) query = query.where('kind', '=', kind)
  const own = (await query.execute()).map(templateOf).sort((a, b) => nameCollator.compare(a.name, b.name))
  const builtIns = BUILT_IN_TEMPLATES.filter((template) => !kind || template.kind === kind)
  return { items: [...builtIns, ...own] }
}

/** Two templates of a kind with the same name could not be told apart in the menu that starts a note. */
async function refuseTakenName(db: Reader, kind: TemplateKind, name: string, except?: number): Promise<void> {
  const taken = [...BUILT_IN_TEMPLATES, ...(await listTemplates(db, kind)).items].some(
    (template) => template.kind === kind && template.id !== (except ?? null) && nameCollator.compare(template.name, name) === 0
  )
  if (taken) throw new AppError('conflict', `There is already a template called “${name}”. Choose another name.`, 'name')
}

export async function createTemplate(db: Writer, input: ChannelArgs<'templates:create'>): Promise<Template> {
  await refuseTakenName(db, input.kind, input.name)
  const now = nowIso()
  const { id } = await db
    .insertInto('templates')
    .values({ kind: input.kind, name: input.name, sections: JSON.stringify(input.sections), createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  return requireTemplate(db, id)
}

export async function updateTemplate(db: Writer, input: ChannelArgs<'templates:update'>): Promise<Template> {
  const current = await requireTemplate(db, input.id)
  await refuseTakenName(db, current.kind, input.name, input.id)
  await db
    .updateTable('templates')
    .set({ name: input.name, sections: JSON.stringify(input.sections), updatedAt: nowIso() })
    .where('id', '=', input.id)
    .execute()
  return requireTemplate(db, input.id)
}

/** "GROW session (copy)", then "(copy 2)"…: the first name no template of the kind has. */
async function copyName(db: Reader, kind: TemplateKind, name: string): Promise<string> {
  const names = (await listTemplates(db, kind)).items.map((template) => template.name.toLocaleLowerCase())
  for (let n = 1; ; n += 1) {
    const candidate = `${name} (copy${n === 1 ? '' : ` ${n}`})`
    if (!names.includes(candidate.toLocaleLowerCase())) return candidate
  }
}

export async function copyTemplate(db: Writer, from: number | string): Promise<Template> {
  const source = typeof from === 'number' ? await requireTemplate(db, from) : BUILT_IN_TEMPLATES.find((template) => template.builtIn === from)
  if (!source) throw notFound('template', 'from')
  return createTemplate(db, { kind: source.kind, name: await copyName(db, source.kind, source.name), sections: source.sections })
}

/** Deletes the template only: notes started from it were given its text, and keep it. */
export async function deleteTemplate(db: Writer, id: number): Promise<{ id: number }> {
  await requireTemplate(db, id)
  await db.deleteFrom('templates').where('id', '=', id).execute()
  return { id }
}
