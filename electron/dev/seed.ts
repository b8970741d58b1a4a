import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { seedDataDir } from './demo-data/folder'
import { SIZES, type SeedReport, type Size } from '../main/demo/practice'

/**
 * `npm run seed -- --size small|large --data-dir <dir> [--seed N] [--unencrypted]`: fills a new practice
 * with realistic demo data through the app's own channels. A development tool: nothing
 * in the app imports it.
 */

function describe(report: SeedReport): string {
  const number = (value: number) => value.toLocaleString('en')
  return (
    `${number(report.clients)} clients, ${number(report.organisations)} sponsors, ${number(report.engagements)} engagements, ` +
    `${number(report.sessions)} sessions, ${number(report.actions)} actions, ` +
    `${(report.noteCharacters / 1_000_000).toFixed(1)} million characters of session notes ` +
    `(${(report.textCharacters / 1_000_000).toFixed(1)} million of text in all)`
  )
}

const ENCRYPTED_NOTE = `Encrypted with a development key kept in the clear beside it (coachbook.development-key.json):
npm run web opens it; the desktop app keeps its keys in the OS keychain and does not. For the
desktop app, seed with --unencrypted: it then offers to encrypt the practice (Settings → Encryption).`

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'small' },
      'data-dir': { type: 'string' },
      seed: { type: 'string', default: '1' },
      unencrypted: { type: 'boolean', default: false }
    }
  })
  const size = values.size as Size
  const seed = Number(values.seed)
  if (!Object.hasOwn(SIZES, size) || !values['data-dir'] || !Number.isInteger(seed)) {
    console.error('Usage: npm run seed -- --size small|large --data-dir <folder> [--seed <whole number>] [--unencrypted]')
    return 2
  }
  const dataDir = resolve(values['data-dir'])
  const started = performance.now()
  let shown = -1
  const report = await seedDataDir({
    dataDir,
    size,
    seed,
    encrypted: !values.unencrypted,
    onProgress: (done, total) => {
      const tenth = Math.floor((done / total) * 10)
      if (tenth !== shown) process.stdout.write(`${tenth * 10}% `)
      shown = tenth
    }
  })
  console.log(`\nSeeded ${describe(report)} in ${((performance.now() - started) / 1000).toFixed(1)} s.\nData: ${dataDir}`)
  if (!values.unencrypted) console.log(ENCRYPTED_NOTE)
  return 0
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  return 1
})
