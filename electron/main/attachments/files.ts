import { createHash, randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { ALLOWED_TYPES_IN_WORDS, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, sizeInWords } from '../../shared/attachments'
import { AppError, storageErrorFor } from '../errors'

/** A file the coach picked, read and checked, waiting to be stored. */
export interface PickedFile {
  name: string
  mediaType: string
  bytes: Buffer
  sha256: string
}

/** The open dialog's filter: only the kinds Coachbook keeps. */
export const ATTACHMENT_FILTER = { name: 'Documents, pictures and text', extensions: Object.keys(ATTACHMENT_TYPES) }

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The file's type, by its extension, refused (naming what is allowed) when it is none Coachbook keeps. */
function mediaTypeOf(name: string): string {
  const type = ATTACHMENT_TYPES[extname(name).slice(1).toLowerCase()]
  if (!type) {
    throw new AppError('invalid_input', `“${name}” cannot be attached: Coachbook keeps ${ALLOWED_TYPES_IN_WORDS}. Nothing was attached.`)
  }
  return type.mediaType
}

function tooLarge(name: string, size: number): AppError {
  return new AppError(
    'invalid_input',
    `“${name}” is ${sizeInWords(size, 'en')}: an attachment can be at most ${sizeInWords(MAX_ATTACHMENT_BYTES, 'en')}. ` +
      'Nothing was attached. Attach a smaller copy (a PDF export, fewer pages) or keep the file elsewhere.'
  )
}

/** Reads the file the coach chose, after checking its type and size (before reading it whole). */
export async function readPickedFile(path: string): Promise<PickedFile> {
  const name = basename(path)
  const mediaType = mediaTypeOf(name)
  let bytes: Buffer
  try {
    const { size, isFile } = await stat(path).then((info) => ({ size: info.size, isFile: info.isFile() }))
    if (!isFile) throw new AppError('invalid_input', `“${name}” is not a file. Choose a document to attach.`)
    if (size > MAX_ATTACHMENT_BYTES) throw tooLarge(name, size)
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw storageErrorFor(error, 'nothing was attached') ?? new AppError('not_found', `Coachbook could not read “${name}”. Check that it is still there and try again.`)
  }
  // The file may have grown between the check and the read.
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge(name, bytes.length)
  return { name, mediaType, bytes, sha256: sha256Of(bytes) }
}

/**
 * The file picked last, held in main between the dialog and the write that stores it, so
 * that the window never hands main a path or bytes. One at a time: a new pick replaces it.
 */
export class PickedFiles {
  #pending: { id: string; file: PickedFile } | null = null

  keep(file: PickedFile): string {
    this.#pending = { id: randomUUID(), file }
    return this.#pending.id
  }

  /**
   * The file picked under that id. It stays until the next pick: a write refused at its
   * commit (a full disk) can be tried again without choosing the file again.
   */
  get(id: string): PickedFile {
    if (this.#pending?.id !== id) {
      throw new AppError('not_found', 'Coachbook no longer holds that file, so nothing was attached. Choose it again.', 'fileId')
    }
    return this.#pending.file
  }
}
