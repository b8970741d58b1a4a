import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PRACTICE_CHOICE_FILE, practiceToOpen, readPracticeChoice, settledChoice, writePracticeChoice } from './practiceChoice'
import { temporaryFolder } from './testing/practice'

const folder = temporaryFolder('coachbook-choice-')
afterEach(() => rmSync(join(folder, PRACTICE_CHOICE_FILE), { force: true }))

const own = '/data/coachbook.sqlite'
const there = (...files: string[]) => (file: string) => files.includes(file)

describe('which practice opens', () => {
  it('is the data folder’s own until another is chosen, and reads nothing it cannot trust', () => {
    expect(readPracticeChoice(folder)).toEqual({ current: null, pending: null })
    writeFileSync(join(folder, PRACTICE_CHOICE_FILE), '{ half')
    expect(readPracticeChoice(folder)).toEqual({ current: null, pending: null })
    writePracticeChoice(folder, { current: '/a/coachbook.sqlite', pending: '/b/coachbook.sqlite' })
    expect(readPracticeChoice(folder)).toEqual({ current: '/a/coachbook.sqlite', pending: '/b/coachbook.sqlite' })
  })

  it('opens the practice just chosen first, else the one opened last, never a file that is not there', () => {
    const choice = { current: '/a/coachbook.sqlite', pending: '/b/coachbook.sqlite' }
    expect(practiceToOpen(choice, there('/a/coachbook.sqlite', '/b/coachbook.sqlite'))).toEqual({ file: '/b/coachbook.sqlite', missing: null })
    expect(practiceToOpen({ ...choice, pending: null }, there('/a/coachbook.sqlite'))).toEqual({ file: '/a/coachbook.sqlite', missing: null })
    expect(practiceToOpen({ ...choice, pending: null }, there())).toEqual({ file: null, missing: '/a/coachbook.sqlite' })
    expect(practiceToOpen({ current: null, pending: null }, there())).toEqual({ file: null, missing: null })
  })

  it('keeps the practice that opened for next time, and forgets a chosen one that did not', () => {
    const choice = { current: '/a/coachbook.sqlite', pending: '/b/coachbook.sqlite' }
    expect(settledChoice(choice, '/b/coachbook.sqlite', own)).toEqual({ current: '/b/coachbook.sqlite', pending: null })
    expect(settledChoice(choice, null, own)).toEqual({ current: '/a/coachbook.sqlite', pending: null })
    expect(settledChoice(choice, own, own)).toEqual({ current: null, pending: null })
  })
})
