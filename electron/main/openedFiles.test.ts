import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OpenedFiles } from './openedFiles'

const BUNDLE = join('/', 'Users', 'coach', 'Downloads', 'Zoë Ødegård – Coachbook export – 2026-12-06.coachbook-client')

describe('client export files opened from outside the app', () => {
  it('keeps the file that started the app until the window listens, telling it only the name, and hands the path to the import once', () => {
    const files = new OpenedFiles()
    const told: string[] = []
    expect(files.receiveArguments(['/Applications/Coachbook', '--data-dir=/tmp/x', BUNDLE])).toBe(true)
    files.listen((name) => told.push(name))
    expect(told).toEqual(['Zoë Ødegård – Coachbook export – 2026-12-06.coachbook-client'])
    expect(files.take()).toBe(BUNDLE)
    expect(files.take()).toBeNull()
  })

  it('takes only a whole path to a .coachbook-client file: not a relative one, a flag, or another kind of file', () => {
    const files = new OpenedFiles()
    expect(files.receivePath('export.coachbook-client')).toBe(false)
    expect(files.receivePath('/Users/coach/client.json')).toBe(false)
    expect(files.receivePath(42)).toBe(false)
    expect(files.receiveArguments([BUNDLE, '--inspect'])).toBe(false)
    expect(files.take()).toBeNull()
    expect(files.receivePath(BUNDLE.replace('.coachbook-client', '.COACHBOOK-CLIENT'))).toBe(true)
  })

  it('tells a listening window of each file at once, and keeps only the latest while it reloads', () => {
    const files = new OpenedFiles()
    const told: string[] = []
    files.listen((name) => told.push(name))
    files.receivePath('/a/first.coachbook-client')
    files.stopListening()
    files.receivePath('/a/second.coachbook-client')
    expect(told).toEqual(['first.coachbook-client'])
    files.listen((name) => told.push(name))
    expect(told).toEqual(['first.coachbook-client', 'second.coachbook-client'])
    expect(files.take()).toBe('/a/second.coachbook-client')
  })
})
