import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The database engine (better-sqlite3-multiple-ciphers: better-sqlite3 with SQLite3
 * Multiple Ciphers, for the encrypted practice) is a native addon, and Node (tests, `npm run web`) and Electron (the
 * app) need different builds of it. The Node build stays in node_modules; the Electron
 * build is made once per Electron version in a cache folder beside it and handed to the
 * main process through COACHBOOK_SQLITE_BINDING. So `npm test` and `npm start` never
 * rebuild over each other, in whatever order they run.
 */
export const ROOT = join(import.meta.dirname, '../..')
export const SQLITE_MODULE = 'better-sqlite3-multiple-ciphers'
const SQLITE_PACKAGE = join(ROOT, 'node_modules', SQLITE_MODULE)

function versionOf(packageDir: string): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version
}

export function electronVersion(packageDir = join(ROOT, 'node_modules/electron')): string {
  return versionOf(packageDir)
}

function electronBuildDir(version: string): string {
  const sqliteVersion = versionOf(SQLITE_PACKAGE)
  return join(ROOT, 'node_modules/.cache/coachbook', `${SQLITE_MODULE}-${sqliteVersion}-electron-${version}-${process.platform}-${process.arch}`)
}

/** The path of an Electron build of the database engine, building it first if needed. */
export async function electronSqliteBinding(): Promise<string> {
  const version = electronVersion()
  const project = electronBuildDir(version)
  const moduleDir = join(project, 'node_modules', SQLITE_MODULE)
  const binding = join(moduleDir, 'build/Release/better_sqlite3.node')
  if (existsSync(binding)) return binding

  console.log(`Preparing the database engine for Electron ${version} (once per Electron version)…`)
  rmSync(project, { recursive: true, force: true })
  mkdirSync(moduleDir, { recursive: true })
  cpSync(SQLITE_PACKAGE, moduleDir, { recursive: true, filter: (source) => !source.startsWith(join(SQLITE_PACKAGE, 'build')) })
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'coachbook-electron-sqlite', private: true, dependencies: { [SQLITE_MODULE]: versionOf(SQLITE_PACKAGE) } })
  )
  const { rebuild } = await import('@electron/rebuild')
  await rebuild({ buildPath: project, electronVersion: version, onlyModules: [SQLITE_MODULE], force: true })
  if (!existsSync(binding)) throw new Error(`The Electron build of ${SQLITE_MODULE} was not produced at ${binding}.`)
  return binding
}
