import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirOverride, defaultDataDir, desktopDataDir } from './paths'

describe('the data folder', () => {
  it('can be overridden for tests and demos', () => {
    expect(dataDirOverride(['electron', '.', '--data-dir', '/tmp/a'], {})).toBe('/tmp/a')
    expect(dataDirOverride(['electron', '--data-dir=/tmp/b'], {})).toBe('/tmp/b')
    expect(dataDirOverride(['electron'], { COACHBOOK_DATA_DIR: '/tmp/c' })).toBe('/tmp/c')
    expect(dataDirOverride(['electron'], {})).toBeNull()
  })

  const userData = '/home/zoe/.config/Coachbook'

  it('follows --data-dir and COACHBOOK_DATA_DIR when run from the repository', () => {
    const unpackaged = { packaged: false, userData }
    expect(desktopDataDir({ ...unpackaged, argv: ['electron', '.', '--data-dir=/tmp/demo'], env: {} })).toEqual({ dataDir: '/tmp/demo', ignoredOverride: false })
    expect(desktopDataDir({ ...unpackaged, argv: ['electron', '.'], env: { COACHBOOK_DATA_DIR: '/tmp/e2e' } })).toEqual({ dataDir: '/tmp/e2e', ignoredOverride: false })
    expect(desktopDataDir({ ...unpackaged, argv: ['electron', '.'], env: {} })).toEqual({ dataDir: userData, ignoredOverride: false })
  })

  it('is always the usual folder in an installed Coachbook, and says when an override was ignored', () => {
    const installed = { packaged: true, userData }
    expect(desktopDataDir({ ...installed, argv: ['/opt/Coachbook/coachbook', '--data-dir', '/tmp/empty'], env: {} })).toEqual({
      dataDir: userData,
      ignoredOverride: true
    })
    expect(desktopDataDir({ ...installed, argv: ['/opt/Coachbook/coachbook'], env: { COACHBOOK_DATA_DIR: '/tmp/empty' } })).toEqual({
      dataDir: userData,
      ignoredOverride: true
    })
    expect(desktopDataDir({ ...installed, argv: ['/opt/Coachbook/coachbook'], env: {} })).toEqual({ dataDir: userData, ignoredOverride: false })
  })

  it("matches Electron's userData folder on each OS", () => {
    expect(defaultDataDir('darwin', {}, '/Users/zoe')).toBe(join('/Users/zoe', 'Library', 'Application Support', 'Coachbook'))
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/zoe/AppData/Roaming' }, 'C:/Users/zoe')).toBe(join('C:/Users/zoe/AppData/Roaming', 'Coachbook'))
    expect(defaultDataDir('linux', {}, '/home/zoe')).toBe(join('/home/zoe', '.config', 'Coachbook'))
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/zoe')).toBe(join('/xdg', 'Coachbook'))
  })
})
