import { unzipSync, zipSync } from 'fflate'
import { CLIENT_EXPORT_ATTACHMENTS, CLIENT_EXPORT_FILES } from '../../shared/privacy'
import { AppError } from '../errors'

/**
 * The client export as one file (`.coachbook-client`): a plain zip of the export
 * folder's files, so any system's own tools can open it too. fflate writes and reads
 * it: it is already shipped (pdfkit's compression), small, without dependencies, and
 * reads only the entry asked for, after checking its declared size.
 */

/** Zip files begin with a local file header's signature, "PK\x03\x04". */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

export function isBundle(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)
}

export function bundleOf(files: readonly { name: string; content: string | Uint8Array }[]): Uint8Array {
  const encoder = new TextEncoder()
  const entries = files.map((file) => [file.name, typeof file.content === 'string' ? encoder.encode(file.content) : file.content] as const)
  return zipSync(Object.fromEntries(entries), { level: 6 })
}

function damagedBundle(detail: string): AppError {
  return new AppError('invalid_input', `That export file is damaged, so nothing was imported. ${detail}`)
}

/** What a bundle holds that an import reads: its client.json, and its attachments' files by their path in the export. */
export interface BundleContents {
  data: Uint8Array
  attachments: Map<string, Uint8Array>
}

const isAttachmentEntry = (name: string) => name.startsWith(`${CLIENT_EXPORT_ATTACHMENTS}/`)

/**
 * The client.json and attachments inside a bundle, each read only after its declared
 * size is checked against its limit; a bundle that is not whole, or holds no client.json,
 * is refused in words.
 */
export function bundleContents(bytes: Uint8Array, limits: { data: number; attachment: number }): BundleContents {
  let entries: Record<string, Uint8Array>
  let tooLarge: string | null = null
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        const limit = entry.name === CLIENT_EXPORT_FILES.data ? limits.data : isAttachmentEntry(entry.name) ? limits.attachment : null
        if (limit === null) return false
        if (entry.originalSize > limit) tooLarge ??= entry.name
        return entry.originalSize <= limit
      }
    })
  } catch {
    throw damagedBundle('It is not a whole .coachbook-client file: it may have been cut short while it was copied.')
  }
  if (tooLarge === CLIENT_EXPORT_FILES.data) throw damagedBundle('The client.json inside it is larger than any export Coachbook writes.')
  if (tooLarge !== null) throw damagedBundle(`The file ${tooLarge} inside it is larger than any attachment Coachbook keeps.`)
  const data = entries[CLIENT_EXPORT_FILES.data]
  if (!data) throw damagedBundle('It holds no client.json: it was not written by Coachbook, or was changed since.')
  const attachments = new Map(Object.entries(entries).filter(([name]) => isAttachmentEntry(name)))
  return { data, attachments }
}
