import { resolve } from 'node:path'
import { writeAtomically } from '../savedFiles'
import type { ReportsContext } from './context'

function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`
}

/** Asks where to save (the system's save dialog, `title` on it), then writes the file whole or not at all. */
export async function saveAs(
  context: ReportsContext,
  /** `what` names the file in a failure's message: 'coaching log', 'PDF'. */
  request: { title: string; defaultName: string; kind: 'CSV' | 'PDF'; what: string },
  bytes: () => Promise<Uint8Array>
): Promise<{ path: string } | { cancelled: true }> {
  const extension = request.kind === 'CSV' ? 'csv' : 'pdf'
  const chosen = await context.platform.chooseSaveFile({
    title: request.title,
    defaultName: request.defaultName,
    filters: [{ name: request.kind === 'CSV' ? 'CSV spreadsheet' : 'PDF document', extensions: [extension] }]
  })
  if (chosen === null) return { cancelled: true }
  const path = resolve(withExtension(chosen, `.${extension}`))
  await writeAtomically(path, await bytes(), request.what)
  return { path }
}
