import { readFile, stat } from 'node:fs/promises'
import PDFDocument from 'pdfkit'
import { z } from 'zod'
import { brandingFields, LOGO_LIMITS, type Branding, type BrandingFields } from '../../shared/reports'
import type { DoorFor, Reader, Writer } from '../db/door'
import { AppError } from '../errors'
import { defineSetting, readSetting, writeSetting } from '../settings'
import type { ReportsContext } from './context'
import { inspectLogo, type LogoImage } from './logo'
import { mainFontSource } from './pdf/fonts'
import type { PrintBranding } from './pdf/document'

// Read as a plain object: a branding saved with the locale it once held (now Settings' own) still reads.
const brandingSetting = defineSetting('reports.branding', z.object(brandingFields.shape), brandingFields.parse({}))

/** The logo is kept in the practice database, so a backup carries it along. */
const storedLogo = z.object({
  type: z.enum(['image/png', 'image/jpeg']),
  base64: z.string(),
  width: z.number(),
  height: z.number()
})
const logoSetting = defineSetting('reports.logo', storedLogo.nullable(), null)

async function brandingOf(db: Reader): Promise<{ fields: BrandingFields; logo: z.output<typeof storedLogo> | null }> {
  const [fields, logo] = await Promise.all([readSetting(db, brandingSetting), readSetting(db, logoSetting)])
  return { fields, logo }
}

export async function getBranding(db: Reader): Promise<Branding> {
  const { fields, logo } = await brandingOf(db)
  return {
    ...fields,
    logo: logo ? { dataUrl: `data:${logo.type};base64,${logo.base64}`, width: logo.width, height: logo.height } : null
  }
}

export async function setBranding(db: Writer, fields: BrandingFields): Promise<Branding> {
  await writeSetting(db, brandingSetting, fields)
  return getBranding(db)
}

export async function clearLogo(db: Writer): Promise<Branding> {
  await writeSetting(db, logoSetting, null)
  return getBranding(db)
}

/** The branding as the PDF prints it, with the logo's bytes. */
export async function printBranding(db: Reader): Promise<PrintBranding> {
  const { fields, logo } = await brandingOf(db)
  return { ...fields, logo: logo ? Buffer.from(logo.base64, 'base64') : null }
}

function sizeInMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })
}

/** Reads the chosen file, refusing anything that is not a small PNG or JPEG the PDF writer can embed. */
async function readLogoFile(path: string, resourcesDir: string): Promise<{ bytes: Buffer; image: LogoImage }> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw new AppError('not_found', 'Coachbook could not read that file: it may have been moved or deleted.', 'logo')
  if (info.size > LOGO_LIMITS.bytes) {
    throw new AppError(
      'invalid_input',
      `This logo is ${sizeInMegabytes(info.size)} MB: choose an image under ${sizeInMegabytes(LOGO_LIMITS.bytes)} MB (a PNG about 600 pixels wide is plenty).`,
      'logo'
    )
  }
  const bytes = await readFile(path)
  const image = inspectLogo(bytes)
  embedOnce(bytes, resourcesDir)
  return { bytes, image }
}

/** Places the image in a scratch PDF, so a file the PDF writer cannot read is refused now, not at export. */
function embedOnce(bytes: Buffer, resourcesDir: string): void {
  try {
    const doc = new PDFDocument({ font: mainFontSource(resourcesDir) })
    doc.image(bytes, 0, 0, { fit: [10, 10] })
    doc.end()
  } catch {
    throw new AppError(
      'invalid_input',
      'Coachbook cannot place this image in a PDF. Save the logo again as PNG or JPEG and choose it again.',
      'logo'
    )
  }
}

/** Asks for a logo with the system's open dialog (the renderer never sends a path), checks it and keeps it. */
export async function chooseLogo(door: DoorFor, context: ReportsContext): Promise<{ cancelled: boolean; branding: Branding }> {
  const path = await context.platform.chooseOpenFile({
    title: 'Choose a logo for your reports',
    filters: [{ name: 'PNG or JPEG image', extensions: ['png', 'jpg', 'jpeg'] }]
  })
  if (path === null) return { cancelled: true, branding: await getBranding(door.reader) }
  const { bytes, image } = await readLogoFile(path, context.resourcesDir)
  const logo = { type: image.type, base64: bytes.toString('base64'), width: image.width, height: image.height }
  const branding = await door.write(async (writer) => {
    await writeSetting(writer, logoSetting, logo)
    return getBranding(writer)
  })
  return { cancelled: false, branding }
}
