import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { electronBinary } from './launch'

/**
 * Finding Electron for `npm start` and `npm run demo`, on a stand-in of the electron
 * package whose installer is a script the test writes: it downloads nothing.
 */
let packageDir: string

function installerThat(body: string): void {
  writeFileSync(join(packageDir, 'install.js'), `const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs')\nappendFileSync(__dirname + '/ran', 'x')\n${body}\n`)
}
const INSTALLS = `mkdirSync(__dirname + '/dist', { recursive: true }); writeFileSync(__dirname + '/dist/electron', ''); writeFileSync(__dirname + '/path.txt', 'electron')`
const FAILS = 'process.exit(1)'
const installerRuns = () => {
  try {
    return readFileSync(join(packageDir, 'ran'), 'utf8').length
  } catch {
    return 0
  }
}

beforeEach(() => {
  packageDir = mkdtempSync(join(tmpdir(), 'coachbook-electron-'))
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.6.1' }))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
  rmSync(packageDir, { recursive: true, force: true })
})

describe('the Electron binary', () => {
  it('is used where Electron installed it, without running the installer again', () => {
    mkdirSync(join(packageDir, 'dist'))
    writeFileSync(join(packageDir, 'dist', 'electron'), '')
    writeFileSync(join(packageDir, 'path.txt'), 'electron')
    installerThat(INSTALLS)
    expect(electronBinary(packageDir, {})).toBe(join(packageDir, 'dist', 'electron'))
    expect(installerRuns()).toBe(0)
  })

  it('is downloaded on the first start, once', () => {
    installerThat(INSTALLS)
    expect(electronBinary(packageDir, {})).toBe(join(packageDir, 'dist', 'electron'))
    expect(electronBinary(packageDir, {})).toBe(join(packageDir, 'dist', 'electron'))
    expect(installerRuns()).toBe(1)
    expect(console.log).toHaveBeenCalledWith('Downloading Electron 45.6.1 (once)…')
  })

  it('is missing, not half-there, when the download fails', () => {
    installerThat(FAILS)
    expect(electronBinary(packageDir, {})).toBeNull()
    expect(installerRuns()).toBe(1)
  })

  it('is not downloaded when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    installerThat(INSTALLS)
    expect(electronBinary(packageDir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBeNull()
    expect(installerRuns()).toBe(0)
  })
})
