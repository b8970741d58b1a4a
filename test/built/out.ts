import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/** The folder `npm run build` writes to, read by these checks as it will be packaged. */
export const ROOT = resolve(import.meta.dirname, '../..')
export const OUT = join(ROOT, 'out')

/** A file of the build; a missing one fails the check with what to do, rather than passing by default. */
export function builtFile(path: string): string {
  const file = join(OUT, path)
  if (!existsSync(file)) throw new Error(`out/${path} is missing: run \`npm run build\` first.`)
  return readFileSync(file, 'utf8')
}

/** The code files of one bundle folder (out/main, out/preload), by path. */
export function bundleFiles(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(join(OUT, folder))) {
    if (/\.(c|m)?js$/.test(name)) files.set(`${folder}/${name}`, builtFile(`${folder}/${name}`))
  }
  if (files.size === 0) throw new Error(`out/${folder} holds no code: run \`npm run build\` first.`)
  return files
}

/** Every source module that went into a bundle, from its (hidden) source map, relative to the repository. */
export function bundledSources(bundle: string): string[] {
  const map = JSON.parse(builtFile(`${bundle}.map`)) as { sources: string[] }
  const folder = join(OUT, bundle, '..')
  return map.sources.map((source) => relative(ROOT, resolve(folder, source)).split('\\').join('/'))
}
