import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Whether the file's bytes hold `text` as SQLite could store it: UTF-8, UTF-16 little- or big-endian. */
export function holdsText(file: string, text: string): boolean {
  const bytes = readFileSync(file)
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]
  return needles.some((needle) => bytes.includes(needle))
}

/** Every file in the folder and its subfolders, with a hash of its bytes: to show that nothing in it changed. */
export function fingerprint(folder: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = join(folder, entry)
    if (statSync(path).isFile()) found[entry] = createHash('sha256').update(readFileSync(path)).digest('hex')
  }
  return found
}
