import { unzipSync, zipSync } from 'fflate'
import { CLIENT_EXPORT_FILES } from '../../shared/privacy'
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

export function bundleOf(files: readonly { name: string; content: string }[]): Uint8Array {
  const encoder = new TextEncoder()
  return zipSync(Object.fromEntries(files.map((file) => [file.name, encoder.encode(file.content)])), { level: 6 })
}

function damagedBundle(detail: string): AppError {
  return new AppError('invalid_input', `That export file is damaged, so nothing was imported. ${detail}`)
}

/** The bytes of client.json inside a bundle; a bundle that is not whole, or holds no client.json, is refused in words. */
export function clientDataInBundle(bytes: Uint8Array, maxBytes: number): Uint8Array {
  let entries: Record<string, Uint8Array>
  let tooLarge = false
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== CLIENT_EXPORT_FILES.data) return false
        tooLarge = entry.originalSize > maxBytes
        return !tooLarge
      }
    })
  } catch {
    throw damagedBundle('It is not a whole .coachbook-client file: it may have been cut short while it was copied.')
  }
  if (tooLarge) throw damagedBundle('The client.json inside it is larger than any export Coachbook writes.')
  const data = entries[CLIENT_EXPORT_FILES.data]
  if (!data) throw damagedBundle('It holds no client.json: it was not written by Coachbook, or was changed since.')
  return data
}
