import { inflateSync } from 'node:zlib'
import { LOGO_LIMITS } from '../../shared/reports'
import { AppError } from '../errors'

export type LogoType = 'image/png' | 'image/jpeg'

export interface LogoImage {
  type: LogoType
  width: number
  height: number
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const NOT_AN_IMAGE =
  'This file is not a PNG or JPEG image Coachbook can use. Save the logo as PNG or JPEG from your design tool and choose it again.'

function refuse(message: string): AppError {
  return new AppError('invalid_input', message, 'logo')
}

/**
 * Checks that a chosen file is a PNG or JPEG the PDF writer can embed, and how big it is.
 * A PNG is decoded here in full, because the PDF library decodes it later in a callback
 * where a damaged file could not be caught: only files that decode cleanly are kept.
 */
export function inspectLogo(bytes: Buffer): LogoImage {
  const image = bytes.subarray(0, 8).equals(PNG_SIGNATURE)
    ? inspectPng(bytes)
    : bytes[0] === 0xff && bytes[1] === 0xd8
      ? inspectJpeg(bytes)
      : null
  if (!image || image.width < 1 || image.height < 1) throw refuse(NOT_AN_IMAGE)
  if (image.width > LOGO_LIMITS.pixels || image.height > LOGO_LIMITS.pixels) {
    throw refuse(
      `This logo is ${image.width} × ${image.height} pixels: choose one at most ${LOGO_LIMITS.pixels} pixels wide and high (about 600 pixels wide is plenty).`
    )
  }
  return image
}

// ---- PNG ------------------------------------------------------------------------------------

/** Bits per pixel for each valid (colour type, bit depth) pair of the PNG specification. */
const CHANNELS: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] }
}

/** The seven passes of Adam7 interlacing: [x0, y0, dx, dy]. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
] as const

interface PngHeader {
  width: number
  height: number
  bitsPerPixel: number
  interlaced: boolean
}

function inspectPng(bytes: Buffer): LogoImage | null {
  let offset = 8
  let header: PngHeader | null = null
  let hasPalette = false
  let colourType = -1
  const data: Buffer[] = []
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const body = bytes.subarray(offset + 8, offset + 8 + length)
    if (body.length !== length) return null
    if (type === 'IHDR') {
      if (length !== 13) return null
      colourType = body[9]!
      const format = CHANNELS[colourType]
      const depth = body[8]!
      if (!format || !format.depths.includes(depth) || body[10] !== 0 || body[11] !== 0 || body[12]! > 1) return null
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitsPerPixel: format.channels * depth,
        interlaced: body[12] === 1
      }
    } else if (type === 'PLTE') {
      hasPalette = true
    } else if (type === 'IDAT') {
      data.push(body)
    } else if (type === 'IEND') {
      break
    }
    offset += 12 + length
  }
  if (!header || data.length === 0 || (colourType === 3 && !hasPalette)) return null
  if (header.width > LOGO_LIMITS.pixels || header.height > LOGO_LIMITS.pixels) {
    return { type: 'image/png', width: header.width, height: header.height }
  }
  return scanlinesAreSound(Buffer.concat(data), header) ? { type: 'image/png', width: header.width, height: header.height } : null
}

/** True when the image data inflates to exactly the scanlines its header promises, each with a known filter. */
function scanlinesAreSound(compressed: Buffer, header: PngHeader): boolean {
  let pixels: Buffer
  try {
    pixels = inflateSync(compressed)
  } catch {
    return false
  }
  const passes = header.interlaced
    ? ADAM7.map(([x0, y0, dx, dy]) => ({
        width: Math.ceil((header.width - x0) / dx),
        height: Math.ceil((header.height - y0) / dy)
      }))
    : [{ width: header.width, height: header.height }]
  let position = 0
  for (const pass of passes) {
    if (pass.width <= 0 || pass.height <= 0) continue
    const rowBytes = Math.ceil((pass.width * header.bitsPerPixel) / 8)
    for (let row = 0; row < pass.height; row++) {
      if (position >= pixels.length || pixels[position]! > 4) return false
      position += 1 + rowBytes
    }
  }
  return position === pixels.length
}

// ---- JPEG -----------------------------------------------------------------------------------

/** Start-of-frame markers, which carry the image's size (not DHT, JPG or DAC). */
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function inspectJpeg(bytes: Buffer): LogoImage | null {
  let offset = 2
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1]!
    if (marker === 0xff) {
      offset += 1
      continue
    }
    const length = bytes.readUInt16BE(offset + 2)
    if (START_OF_FRAME.has(marker)) {
      if (offset + 10 > bytes.length) return null
      const channels = bytes[offset + 9]
      if (channels !== 1 && channels !== 3 && channels !== 4) return null
      return { type: 'image/jpeg', height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) }
    }
    if (length < 2) return null
    offset += 2 + length
  }
  return null
}
