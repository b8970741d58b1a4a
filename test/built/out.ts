import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { init, parse } from 'es-module-lexer'

/** The folder `npm run build` writes to, read by these checks as it will be packaged. */
export const ROOT = resolve(import.meta.dirname, '../..')
export const OUT = join(ROOT, 'out')

/** A file of the build; a missing one fails the check with what to do, rather than passing by default. */
export function builtFile(path: string): string {
  const file = join(OUT, path)
  if (!existsSync(file)) throw new Error(`out/${path} is missing: run \`npm run build\` first.`)
  return readFileSync(file, 'utf8')
}

/** The code files of one bundle folder (out/main, out/preload), chunks in subfolders included, by path. */
export function bundleFiles(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  if (!existsSync(join(OUT, folder))) throw new Error(`out/${folder} is missing: run \`npm run build\` first.`)
  for (const entry of readdirSync(join(OUT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(c|m)?js$/.test(entry.name)) continue
    const path = relative(OUT, join(entry.parentPath, entry.name)).split('\\').join('/')
    files.set(path, builtFile(path))
  }
  if (files.size === 0) throw new Error(`out/${folder} holds no code: run \`npm run build\` first.`)
  return files
}

/** Every source module that went into a code file, from its (hidden) source map, relative to the repository. */
export function bundledSources(bundle: string): string[] {
  const map = JSON.parse(builtFile(`${bundle}.map`)) as { sources: string[] }
  const folder = join(OUT, bundle, '..')
  return map.sources.map((source) => relative(ROOT, resolve(folder, source)).split('\\').join('/'))
}

await init

/**
 * What a code file loads when it runs: the modules it imports (statically, or dynamically
 * by a literal name), read by es-module-lexer as JavaScript rather than by pattern, so a
 * string that happens to read "from" or "import" is never taken for one; and what it
 * requires (the preload is CommonJS).
 */
export function loadedModules(code: string): string[] {
  const [imports] = parse(code)
  const imported = imports.map((entry) => entry.n).filter((name): name is string => name !== undefined)
  const required = [...code.matchAll(/\brequire\s*\(\s*["']([^"'\s]+)["']\s*\)/g)].map((match) => match[1]!)
  return [...new Set([...imported, ...required])]
}

/** The packages the installers carry: package.json's dependencies (its devDependencies stay behind). */
export function shippedDependencies(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  return Object.keys(manifest.dependencies)
}
