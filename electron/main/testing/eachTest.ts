import { afterEach, beforeEach } from 'vitest'
import type { AppDatabase } from '../db/connection'
import { caller } from './calls'
import { freshDispatch } from './db'

/**
 * A fresh practice for each test of a file, behind one caller that always reaches the
 * current one: `const practice = freshPracticeEachTest()`, then `practice.call` and
 * `practice.database` inside each test.
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
    }
  }
}
