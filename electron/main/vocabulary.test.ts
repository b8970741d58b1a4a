import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ACTION_OWNERS } from '../shared/actions'
import { ACHIEVED, GOAL_STATUSES } from '../shared/goals'
import { VALUE_SETS, type ValueSet, type Words } from '../shared/vocabulary'
import { capitalised, inSentence } from '../shared/words'

/**
 * One label per stored value: every set of values the contract knows has one map of
 * words in electron/shared/, no other map of the same values exists anywhere in the
 * code, and search, the PDFs and the export page show what that map says.
 */

const ROOT = resolve(import.meta.dirname, '../..')

/** Every list of values a shared module exports, by its module and export name. */
async function exportedValueLists(): Promise<[string, readonly string[]][]> {
  const files = readdirSync(join(ROOT, 'electron', 'shared')).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  const modules = await Promise.all(files.map(async (file) => [file, (await import(`../shared/${file}`)) as Record<string, unknown>] as const))
  return modules.flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((value) => typeof value === 'string'))
      .map(([name, values]): [string, readonly string[]] => [`shared/${file} ${name}`, values])
  )
}

/** Lists of values that are never shown to anyone. */
/**
 * Lists of values that are not words for the coach: the channels, and the kinds named in a
 * record link's path; and the locales, which are language tags named by Intl in Settings.
 */
const NOT_SHOWN = new Set(['shared/contract.ts CHANNELS', 'shared/preferences.ts LOCALES'])

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(folder, file))
    .filter((file) => !file.startsWith(join('electron', 'main', 'testing')))
}

interface Found {
  where: string
  keys: string[]
}

function propertyName(property: ts.ObjectLiteralElementLike): string | null {
  if (!ts.isPropertyAssignment(property)) return null
  const { name } = property
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : null
}

/** A value's words written out: a string, `{ label: … }`, or a noun (`noun(…)`, `{ one, other }`). */
function isWords(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'noun') return true
  const names = ts.isObjectLiteralExpression(node) ? node.properties.map(propertyName) : []
  return names.includes('label') || (names.includes('one') && names.includes('other'))
}

/** The property's value when it is written out as a string. */
function literal(node: ts.ObjectLiteralExpression, name: string): string | null {
  const property = node.properties.find((candidate) => propertyName(candidate) === name)
  return property && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer) ? property.initializer.text : null
}

/**
 * Every object literal in the code that maps keys to words, and every list of choices
 * (`{ value, label }`) whose values are written out, with a label written out too.
 */
function wordMapsInCode(): { maps: Found[]; choices: Found[] } {
  const maps: Found[] = []
  const choices: Found[] = []
  for (const file of [...sourceFiles('electron'), ...sourceFiles('src'), ...sourceFiles('bench')]) {
    const text = readFileSync(join(ROOT, file), 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const keys = node.properties.map(propertyName)
        const words = node.properties.every((property) => ts.isPropertyAssignment(property) && isWords(property.initializer))
        if (words && keys.every((key) => key !== null)) maps.push({ where: where(node), keys: keys as string[] })
      }
      if (ts.isArrayLiteralExpression(node) && node.elements.length > 0 && node.elements.every(ts.isObjectLiteralExpression)) {
        const elements = node.elements as ts.NodeArray<ts.ObjectLiteralExpression>
        const values = elements.map((element) => literal(element, 'value'))
        if (values.every((value) => value !== null) && elements.some((element) => literal(element, 'label') !== null)) {
          choices.push({ where: where(node), keys: values as string[] })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { maps, choices }
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key) => b.includes(key))

describe('the value sets', () => {
  it('each have one map of words in electron/shared, registered in shared/vocabulary.ts', async () => {
    const unregistered = (await exportedValueLists())
      .filter(([name]) => !NOT_SHOWN.has(name))
      .filter(([, values]) => !VALUE_SETS.some((set) => set.values === values))
      .map(([name]) => name)
    expect(unregistered, 'value sets without their map of words in shared/vocabulary.ts').toEqual([])
  })

  it.each(VALUE_SETS.map((set) => [set.name, set] as const))('%s: the map has words for every value and for nothing else', (_name, set) => {
    expect(Object.keys(set.words).sort()).toEqual([...set.values].sort())
  })

  it('have no other map of their words anywhere in the code, nor choices labelled by hand', () => {
    const { maps, choices } = wordMapsInCode()
    for (const set of VALUE_SETS) {
      // Two sets may have the same values (an action's status, the choice for open actions): one map each.
      const sets = VALUE_SETS.filter((other) => sameKeys(other.values, set.values)).length
      const copies = maps.filter((map) => sameKeys(map.keys, set.values)).map((copy) => copy.where)
      expect(copies, `maps of the ${set.name} words (only its map in electron/shared may exist)`).toHaveLength(sets)
      expect(copies.filter((where) => !where.startsWith(join('electron', 'shared'))), `maps of the ${set.name} words outside electron/shared`).toEqual([])
    }
    const labelled = choices.filter((choice) => VALUE_SETS.some((set) => choice.keys.every((value) => set.values.includes(value))))
    expect(labelled.map((choice) => `${choice.where} (${choice.keys.join(', ')})`), 'choices of stored values labelled by hand: take the labels from the map').toEqual([])
    // It parses every source file of the project: seconds on a busy machine.
  }, 60_000)
})

// ---- What search, the PDFs and the export page show -----------------------------------
//
// Every map's words are marked, then the app is loaded afresh: whatever marked word
// search, a PDF or the export page then shows can only have come from the map.

const MARK = 'Zq'

function markWords(set: ValueSet): void {
  const words = set.words as Record<string, Words>
  for (const value of set.values) {
    const entry = words[value]!
    if (typeof entry === 'string') words[value] = `${MARK}${entry}`
    else if ('label' in entry) entry.label = `${MARK}${entry.label}`
    else Object.assign(entry, { one: `${MARK}${entry.one}`, other: `${MARK}${entry.other}` })
  }
}

describe('with every map of words marked', () => {
  let app: Awaited<ReturnType<typeof markedApp>>

  async function markedApp() {
    vi.resetModules()
    const vocabulary = await import('../shared/vocabulary')
    vocabulary.VALUE_SETS.forEach(markWords)
    const { freshDispatch, RESOURCES_DIR } = await import('./testing/db')
    const { caller, clientWithEngagement } = await import('./testing/calls')
    const { renderReport } = await import('./reports')
    const { pdfText, squeezed } = await import('./testing/poppler')
    const fresh = freshDispatch()
    const call = caller(fresh.dispatch)
    const { client, engagement } = await clientWithEngagement(call, { plannedSessions: 6, sponsorReporting: 'summary' })
    const render = async (report: 'summary' | 'action_plan', audience: 'client' | 'sponsor') =>
      squeezed(
        pdfText(
          await renderReport(
            fresh.database.reader,
            { engagementId: engagement.id, report, audience, today: '2026-03-01' },
            { resourcesDir: RESOURCES_DIR, locality: { locale: 'en-GB', timeZone: 'UTC' }, createdAt: new Date('2026-03-01T10:00:00Z') }
          )
        )
      )
    return { vocabulary: await import('../shared/vocabulary'), fresh, call, client, engagement, render, squeezed }
  }

  beforeAll(async () => {
    app = await markedApp()
  }, 60_000)
  afterAll(() => app.fresh.database.close())

  const wordsOf = (name: string) => app.vocabulary.VALUE_SETS.find((set) => set.name === name)!
  const label = (name: string, value: string) => app.vocabulary.labelOf(wordsOf(name), value)

  async function titlesFound(text: string) {
    const { items } = await app.call.ok('search:query', { text, limit: 20 })
    return items.map((item) => ({ type: item.type, title: item.title.map((part) => part.text).join('') }))
  }

  it('search names a result of each instrument, each kind of review and an untitled record by the maps', async () => {
    const { call, engagement, fresh } = app
    const instruments = wordsOf('instrument').values
    for (const instrument of instruments) {
      // Without its own name, as an older export may bring an "other" one: the map names it.
      fresh.database.sqlite
        .prepare(
          `INSERT INTO assessment_results (engagement_id, instrument, instrument_name, taken_on, interpretation, shareable, created_at, updated_at)
           VALUES (?, ?, NULL, '2026-01-10', 'Read as kestrel', 1, '2026-01-10T09:00:00.000Z', '2026-01-10T09:00:00.000Z')`
        )
        .run(engagement.id, instrument)
    }
    expect((await titlesFound('kestrel')).map((result) => result.title).sort()).toEqual(instruments.map((value) => label('instrument', value)).sort())

    await call.ok('reviews:create', { engagementId: engagement.id, kind: 'midpoint', heldOn: '2026-02-01', keyLearnings: 'Heron at mid-point' })
    await call.ok('reviews:create', { engagementId: engagement.id, kind: 'final', heldOn: '2026-03-01', keyLearnings: 'Heron at the end' })
    expect((await titlesFound('heron')).map((result) => result.title).sort()).toEqual([label('review kind', 'final'), label('review kind', 'midpoint')].sort())

    await call.ok('assessment:createIntakeNote', { engagementId: engagement.id, notedOn: '2026-01-05', whatBrought: 'A plover' })
    await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-01-12T09:00:00Z', agenda: 'A plover too' })
    const nouns = wordsOf('kind of record searched').words as Record<string, { one: string }>
    expect(await titlesFound('plover')).toEqual([
      { type: 'intake_note', title: capitalised(nouns.intake_note!.one) },
      { type: 'session', title: capitalised(nouns.session!.one) }
    ])
  })

  it('the PDFs print the maps’ words', async () => {
    const { call, engagement, fresh, render, squeezed } = app
    const result = fresh.database.sqlite.prepare("SELECT id FROM assessment_results WHERE instrument = '360_feedback'").pluck().get()
    wordsOf('rater group').values.forEach((group, position) =>
      fresh.database.sqlite
        .prepare('INSERT INTO assessment_scores (result_id, competency, rater_group, score, position) VALUES (?, ?, ?, 3, ?)')
        .run(result, 'Listening', group, position)
    )
    const goals = []
    for (const status of GOAL_STATUSES) {
      goals.push(await call.ok('goals:create', { engagementId: engagement.id, statement: `A goal ${status}`, status }))
    }
    const judged = []
    for (const achieved of ACHIEVED) {
      const goal = await call.ok('goals:create', { engagementId: engagement.id, statement: `A goal judged ${achieved}` })
      judged.push({ goalId: goal.id, achieved })
    }
    const { items: reviews } = await call.ok('reviews:listForEngagement', { engagementId: engagement.id })
    const final = reviews.find((review) => review.kind === 'final')!
    await call.ok('reviews:update', { id: final.id, heldOn: final.heldOn, keyLearnings: final.keyLearnings, outcomes: judged })
    for (const owner of ACTION_OWNERS) {
      const action = await call.ok('actions:create', { engagementId: engagement.id, description: `Done by the ${owner}`, owner, today: '2026-01-12' })
      await call.ok('actions:setStatus', { id: action.id, status: 'done', today: '2026-02-01' })
    }
    await call.ok('actions:create', { engagementId: engagement.id, description: 'Still to do', dueOn: '2026-06-01', today: '2026-01-12' })

    const summary = await render('summary', 'client')
    const printed = (name: string, values: readonly string[], text = summary) =>
      expect(values.filter((value) => !text.includes(squeezed(label(name, value)))), `values of ${name} not printed in their map's words`).toEqual([])
    printed('instrument', wordsOf('instrument').values)
    printed('rater group', wordsOf('rater group').values)
    printed('goal status', wordsOf('goal status').values)
    printed('whether a goal was achieved', wordsOf('whether a goal was achieved').values)
    printed('action owner', wordsOf('action owner').values)
    printed('kind of report', ['summary'])
    expect(summary).toContain(squeezed(`From the ${inSentence(label('review kind', 'final'))} held on`))

    const sponsor = await render('summary', 'sponsor')
    printed('sponsor reporting level', ['summary'], sponsor)
    printed('version of a summary', ['sponsor'], sponsor)
    const plan = await render('action_plan', 'client')
    printed('action status', ['open'], plan)
    printed('kind of report', ['action_plan'], plan)
  })

  it('the export page shows the maps’ words', async () => {
    const { call, client, engagement } = app
    await call.ok('sessions:create', { engagementId: engagement.id, startsAt: '2026-02-02T09:00:00Z', status: 'held', format: 'phone', billing: 'pro_bono' })
    const { escapeHtml, exportOf } = await import('./testing/exportRecords')
    const { page } = await exportOf(call, client.id)
    const shown = (name: string, values: readonly string[]) =>
      expect(values.filter((value) => !page.includes(escapeHtml(label(name, value)))), `values of ${name} not shown in their map's words`).toEqual([])
    shown('engagement status', ['active'])
    shown('cadence', [engagement.cadence])
    shown('sponsor reporting level', ['summary'])
    shown('instrument', wordsOf('instrument').values)
    shown('rater group', wordsOf('rater group').values)
    shown('goal status', wordsOf('goal status').values)
    shown('priority', ['medium'])
    shown('whether a goal was achieved', wordsOf('whether a goal was achieved').values)
    shown('action owner', wordsOf('action owner').values)
    shown('action status', ['open', 'done'])
    shown('session status', ['scheduled', 'held'])
    shown('session format', ['video', 'phone'])
    shown('billing', ['paid', 'pro_bono'])
    shown('review kind', ['midpoint', 'final'])
  })
})
