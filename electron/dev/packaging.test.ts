import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { beforeAll, describe, expect, it } from 'vitest'
import { LINK_SCHEME } from '../shared/links'
import { CLIENT_BUNDLE_EXTENSION } from '../shared/privacy'
import { ROOT } from './native-sqlite'

/**
 * The installers `npm run package` builds, read through electron-builder's own loader
 * and validator: the Electron fuses that close the packaged app to everything but
 * itself are set, and electron-builder accepts the configuration as it stands.
 */
type Configuration = Awaited<ReturnType<typeof getConfig>>
const quietLog = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1]

describe('the packaged app', () => {
  let config: Configuration
  beforeAll(async () => {
    config = await getConfig(ROOT, null, null)
  })

  it('burns the fuses that keep the app from being run as something else', () => {
    expect(config.electronFuses).toEqual({
      // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js interpreter.
      runAsNode: false,
      // NODE_OPTIONS (--require) and --inspect would let anyone run code inside the app, with its access to the practice.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The app's code runs only from app.asar, and only if app.asar is the one that was signed.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // Cookies on disk are encrypted with the OS keychain, as Chrome does.
      enableCookieEncryption: true,
      // The page comes from the coachbook:// scheme; file:// pages get no more than a browser gives them.
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packs the app into an ASAR archive, which the fuses require', () => {
    expect(config.asar).not.toBe(false)
  })

  it('leaves the source maps out of the installers', () => {
    expect(JSON.stringify(config.files)).toContain('"!out/**/*.map"')
  })

  it('builds a dmg for Apple silicon and Intel Macs, an installer for Windows, an AppImage and a deb for Linux', () => {
    const targets = (platform: 'mac' | 'win' | 'linux') =>
      (config[platform]?.target as { target: string; arch: string[] }[]).map(({ target, arch }) => `${target}: ${[...arch].sort().join(', ')}`)
    expect(targets('mac')).toEqual(['dmg: arm64, x64'])
    expect(targets('win')).toEqual(['nsis: arm64, x64'])
    expect(targets('linux')).toEqual(['AppImage: arm64, x64', 'deb: arm64, x64'])
  })

  it('tells each OS that Coachbook opens record links, on the scheme the app reads them on', () => {
    expect(config.protocols).toEqual([{ name: 'Coachbook record link', schemes: [LINK_SCHEME] }])
  })

  it('makes Coachbook the app that opens a client export file, on every OS (Linux by its MIME type)', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: CLIENT_BUNDLE_EXTENSION,
        name: 'Coachbook client export',
        description: "A client's records, exported from Coachbook",
        mimeType: 'application/x-coachbook-client',
        role: 'Viewer',
        rank: 'Owner'
      }
    ])
  })

  it('has an app icon large enough for every platform’s icon set (512 × 512 at least)', () => {
    const png = readFileSync(join(ROOT, String(config.icon)))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)].every((side) => side >= 512)).toBe(true)
  })

  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, quietLog)).resolves.toBeUndefined()
    // The validator is strict: a misspelt fuse would be refused, not silently ignored.
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration
    await expect(validateConfiguration(misspelt, quietLog)).rejects.toThrow(/configuration\.electronFuses/)
  })
})
