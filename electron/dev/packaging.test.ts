import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { beforeAll, describe, expect, it } from 'vitest'
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

  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, quietLog)).resolves.toBeUndefined()
    // The validator is strict: a misspelt fuse would be refused, not silently ignored.
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration
    await expect(validateConfiguration(misspelt, quietLog)).rejects.toThrow(/configuration\.electronFuses/)
  })
})
