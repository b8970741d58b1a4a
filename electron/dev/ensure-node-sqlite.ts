import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { ROOT, SQLITE_MODULE } from './native-sqlite'

/**
 * Runs before `npm test`: the tests need the database engine built for Node. Packaging with
 * electron-builder rebuilds it in place for Electron, so if that happened, put the Node
 * build back instead of failing with an ABI error.
 */
function loadsUnderNode(): boolean {
  try {
    const Database = createRequire(import.meta.url)(SQLITE_MODULE) as new (file: string) => { close(): void }
    new Database(':memory:').close()
    return true
  } catch (error) {
    if (error instanceof Error && /NODE_MODULE_VERSION|was compiled against a different/.test(error.message)) return false
    if ((error as { code?: unknown }).code === 'MODULE_NOT_FOUND') {
      // A checkout from before the engine changed, with the old node_modules.
      console.error(`The database engine (${SQLITE_MODULE}) is not installed: run \`npm install\` first.`)
      process.exit(1)
    }
    throw error
  }
}

if (!loadsUnderNode()) {
  console.log(`${SQLITE_MODULE} was last built for Electron; rebuilding it for Node so the tests can run…`)
  execSync(`npm rebuild ${SQLITE_MODULE}`, { cwd: ROOT, stdio: 'inherit' })
}
