import { afterEach, beforeEach } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller } from './calls'
import { freshDispatch } from './db'
import type { StandInPlatform } from './platform'

/**
 * A fresh practice for each test of a file, behind one caller that always reaches the
 * current one: `const practice = freshPracticeEachTest()`, then `practice.call`,
 * `practice.database`, `practice.platform` and `practice.folder` inside each test.
 */
export function freshPracticeEachTest() {
  let current: ReturnType<typeof freshDispatch> | null = null
  const opened = () => {
    if (!current) throw new Error('The practice is there only while a test runs.')
    return current
  }
  beforeEach(() => {
    current = freshDispatch()
  })
  afterEach(async () => {
    await current?.database.close()
    current = null
  })
  return {
    call: caller((channel, input) => opened().dispatch(channel, input)),
    get database(): AppDatabase {
      return opened().database
    },
    /** The stand-in for the OS's dialogs and folders, which a test answers dialogs through. */
    get platform(): StandInPlatform {
      return opened().platform
    },
    /** The test's own folder, where the stand-in's save dialog puts files. */
    get folder(): string {
      return opened().folder
    }
  }
}
