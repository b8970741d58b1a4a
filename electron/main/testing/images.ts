import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

/** Small images for logo tests, made here so no binary test files are needed. */
type Rgba = [number, number, number, number]

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), body])))
  return Buffer.concat([length, Buffer.from(type, 'latin1'), body, crc])
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

export interface PngOptions {
  width: number
  height: number
  pixel(x: number, y: number): Rgba
  /** A filter byte for every scanline; a value above 4 makes a damaged file. */
  filter?: number
}

/** An RGBA PNG (colour type 6, 8 bits), not interlaced. */
export function pngImage({ width, height, pixel, filter = 0 }: PngOptions): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows: number[] = []
  for (let y = 0; y < height; y++) {
    rows.push(filter)
    for (let x = 0; x < width; x++) rows.push(...pixel(x, y))
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A round mark in the accent colour on a transparent ground, like a simple practice logo. */
export function logoPng(size = 96): Buffer {
  const centre = (size - 1) / 2
  return pngImage({
    width: size,
    height: size,
    pixel: (x, y) => {
      const distance = Math.hypot(x - centre, y - centre)
      if (distance < size * 0.3) return [45, 106, 142, 255]
      if (distance < size * 0.46 && distance > size * 0.38) return [45, 106, 142, 200]
      return [255, 255, 255, 0]
    }
  })
}

/** A real JPEG, made by poppler from a tiny PDF (writing a JPEG encoder here would prove nothing more). */
export function jpegImage(pdf: Buffer): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-jpeg-'))
  writeFileSync(join(folder, 'page.pdf'), pdf)
  execFileSync('pdftoppm', ['-jpeg', '-scale-to', '64', '-singlefile', join(folder, 'page.pdf'), join(folder, 'page')])
  return readFileSync(join(folder, 'page.jpg'))
}
