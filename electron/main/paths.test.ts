import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirOverride, defaultDataDir } from './paths'

describe('the data folder', () => {
  it('can be overridden for tests and demos', () => {
    expect(dataDirOverride(['electron', '.', '--data-dir', '/tmp/a'], {})).toBe('/tmp/a')
    expect(dataDirOverride(['electron', '--data-dir=/tmp/b'], {})).toBe('/tmp/b')
    expect(dataDirOverride(['electron'], { COACHBOOK_DATA_DIR: '/tmp/c' })).toBe('/tmp/c')
    expect(dataDirOverride(['electron'], {})).toBeNull()
  })

  it("matches Electron's userData folder on each OS", () => {
    expect(defaultDataDir('darwin', {}, '/Users/zoe')).toBe(join('/Users/zoe', 'Library', 'Application Support', 'Coachbook'))
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/zoe/AppData/Roaming' }, 'C:/Users/zoe')).toBe(join('C:/Users/zoe/AppData/Roaming', 'Coachbook'))
    expect(defaultDataDir('linux', {}, '/home/zoe')).toBe(join('/home/zoe', '.config', 'Coachbook'))
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/zoe')).toBe(join('/xdg', 'Coachbook'))
  })
})
