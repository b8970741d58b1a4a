import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layers of eslint.layers.js, proved on imports written into files of each layer:
 * each one across the layers fails ESLint, and each one they allow passes. The files
 * are linted as text at their paths, with the project's own configuration.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: ROOT })

/** The rules that fail `code` written in the file at `path`. */
async function failures(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {}\n`, { filePath: resolve(ROOT, path) })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const ACROSS: [string, string, string][] = [
  ['db reads a domain', 'electron/main/db/example.ts', "import { listGoals } from '../goals'\nvoid listGoals"],
  ['db names a type of the dispatcher', 'electron/main/db/example.ts', "import type { Dispatch } from '../ipc/registry'\nexport type D = Dispatch"],
  ['db opens a practice with a backup', 'electron/main/db/example.ts', "import { openPractice } from '../backup'\nvoid openPractice"],
  ['a domain reaches into another one’s file', 'electron/main/goals/example.ts', "import { getClient } from '../clients/service'\nvoid getClient"],
  ['a domain reaches into another one’s lookup', 'electron/main/goals/example.ts', "import { requireEngagement } from '../engagements/lookup'\nvoid requireEngagement"],
  ['a record uses a feature', 'electron/main/goals/example.ts', "import { renderReport } from '../reports'\nvoid renderReport"],
  ['a domain names the handlers’ context', 'electron/main/goals/example.ts', "import type { MainContext } from '../ipc/handlers'\nexport type M = MainContext"],
  ['a domain uses a test helper', 'electron/main/goals/example.ts', "import { freshDatabase } from '../testing/db'\nvoid freshDatabase"],
  ['a feature uses another feature', 'electron/main/reports/example.ts', "import { privacyHandlers } from '../privacy'\nvoid privacyHandlers"],
  ['a base file leans on the app’s wiring', 'electron/main/clock.ts', "import { startPracticeRuntime } from './runtime'\nvoid startPracticeRuntime"],
  ['the search index leans on the search', 'electron/main/search/fold.ts', "import { search } from './service'\nvoid search"],
  ['the search index leans on the database', 'electron/main/search/sources.ts', "import type { Reader } from '../db/door'\nexport type R = Reader"],
  ['the contract leans on main', 'electron/shared/example.ts', "import { AppError } from '../main/errors'\nvoid AppError"],
  ['the window names a type of main', 'src/lib/example.ts', "import type { Reader } from '../../electron/main/db/door'\nexport type R = Reader"],
  ['the wiring reaches into a domain', 'electron/main/example.ts', "import { backUp } from './backup/service'\nvoid backUp"],
  ['the dispatcher reaches into a domain', 'electron/main/ipc/example.ts', "import { goalHandlers } from '../goals/handlers'\nvoid goalHandlers"],
  ['a test reaches into another domain', 'electron/main/goals/example.test.ts', "import { getClient } from '../clients/service'\nvoid getClient"]
]

const WITHIN: [string, string, string][] = [
  ['a domain uses another through its entry', 'electron/main/goals/example.ts', "import { requireEngagement } from '../engagements'\nvoid requireEngagement"],
  ['a domain uses its own files, the database and the search index', 'electron/main/goals/example.ts', "import { listGoals } from './service'\nimport type { Reader } from '../db/door'\nimport { foldForSearch } from '../search/fold'\nvoid listGoals\nvoid foldForSearch\nexport type R = Reader"],
  ['a feature uses a record through its entry', 'electron/main/reports/example.ts', "import { buildSummary } from '../reviews'\nvoid buildSummary"],
  ['the schema names each domain’s tables, as types', 'electron/main/db/schema.ts', "import type { GoalTables } from '../goals/tables'\nexport type G = GoalTables"],
  ['the wiring uses a feature through its entry', 'electron/main/example.ts', "import { runScheduledBackup } from './backup'\nvoid runScheduledBackup"],
  ['a test uses the test helpers and another domain’s entry', 'electron/main/goals/example.test.ts', "import { freshDatabase } from '../testing/db'\nimport { getClient } from '../clients'\nvoid freshDatabase\nvoid getClient"]
]

describe('ESLint keeps the layers', () => {
  it.each(ACROSS)('refuses an import across them: %s', async (_what, path, code) => {
    expect(await failures(path, code)).toContain('boundaries/dependencies')
  })

  it.each(WITHIN)('allows %s', async (_what, path, code) => {
    expect(await failures(path, code)).toEqual([])
  })

  it('refuses a Writer made anywhere but in the door, and a comment that would turn a rule off', async () => {
    const forged = "import type { Reader, Writer } from '../db/door'\nexport const forge = (reader: Reader) => reader as unknown as Writer"
    expect(await failures('electron/main/goals/example.ts', forged)).toEqual(['no-restricted-syntax'])
    const silenced = `// eslint-disable-next-line boundaries/dependencies\nimport { listGoals } from '../goals'\nvoid listGoals`
    expect(await failures('electron/main/db/example.ts', silenced)).toContain('boundaries/dependencies')
  })
})
