import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME, openDatabase } from '../../main/db/connection'
import { practiceKeySync } from '../../main/db/keys'
import { optimizeSearchIndex } from '../../main/search/layout'
import { developmentKeys } from '../../main/testing/developmentKey'
import { batchedCaller } from './batched'
import { seedPractice, type PracticeSize, type SeedReport, type Size } from '../../main/demo/practice'

/** Where and what to seed. */
export interface SeedRun {
  dataDir: string
  size: Size | PracticeSize
  seed: number
  /** Told after each client: done, total. */
  onProgress?: (done: number, total: number) => void
  /** Encrypts the practice with its development key (testing/developmentKey.ts); otherwise it is written as before encryption. */
  encrypted?: boolean
}

const DATABASE_FILES = ['', '-wal', '-shm'].map((suffix) => `${DATABASE_FILE_NAME}${suffix}`)

/** Writes a demo practice into an empty data folder; on failure, removes what it wrote. */
export async function seedDataDir(run: SeedRun): Promise<SeedReport> {
  mkdirSync(run.dataDir, { recursive: true })
  const file = join(run.dataDir, DATABASE_FILE_NAME)
  if (existsSync(file)) {
    throw new Error(`${run.dataDir} already holds a practice. Choose an empty folder: seeding never writes into existing data.`)
  }
  const database = openDatabase(file, { key: run.encrypted ? practiceKeySync(file, developmentKeys) : undefined })
  try {
    const batch = batchedCaller(database, run.dataDir)
    const report = await seedPractice(batch.call, { size: run.size, seed: run.seed, afterCall: batch.afterCall, onProgress: run.onProgress })
    batch.finish()
    // Merges the full-text index's segments and compacts the file, as a long-lived practice would be.
    optimizeSearchIndex(database.sqlite)
    database.sqlite.exec('VACUUM')
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await database.close()
    return report
  } catch (error) {
    await database.close()
    for (const name of DATABASE_FILES) rmSync(join(run.dataDir, name), { force: true })
    throw error
  }
}
