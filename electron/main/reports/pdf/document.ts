import PDFDocument from 'pdfkit'
import { FontSet, mainFontSource } from './fonts'
import { ReportWriter, themeWith, type Fact, type Frame } from './writer'

/** The coach's branding as printed: a missing line is simply left out. */
export interface PrintBranding {
  practiceName: string | null
  coachName: string | null
  credentials: string | null
  contactLine: string | null
  accentColour: string
  logo: Buffer | null
}

export interface DocumentSetup {
  resourcesDir: string
  branding: PrintBranding
  paper: 'A4' | 'LETTER'
  /** A BCP 47 tag for the PDF's language. */
  language: string
  /** The report's name, e.g. "Progress report". */
  title: string
  /** Whom it is about: printed in every page's header. */
  clientName: string
  /** Printed at the foot of every page, e.g. "Confidential · prepared for Zoë Ødegård". */
  footnote: string
  /** The PDF's subject line in its properties. */
  subject: string
  /**
   * The creation date written into the file. The file's ID is derived from the document
   * properties, so the same data with the same date gives the same bytes.
   */
  createdAt: Date
}

const MARGIN = { side: 56, top: 70, bottom: 62 }
const LOGO_BOX = { width: 150, height: 46 }

export function coachLine(branding: PrintBranding): string | null {
  const parts = [branding.coachName, branding.credentials].filter((part): part is string => part !== null)
  return parts.length ? parts.join(', ') : null
}

/**
 * One report from first page to last: sets up the document with its embedded fonts and
 * properties, lets `compose` write the content, then adds the running header and the
 * footer with "Page x of y" to every page.
 */
export async function renderDocument(setup: DocumentSetup, compose: (writer: ReportWriter) => void): Promise<Buffer> {
  const { branding } = setup
  const author = branding.coachName ?? branding.practiceName ?? 'Coachbook'
  const doc = new PDFDocument({
    size: setup.paper,
    margin: 0,
    bufferPages: true,
    font: mainFontSource(setup.resourcesDir),
    lang: setup.language,
    displayTitle: true,
    info: {
      Title: `${setup.title} — ${setup.clientName}`,
      Author: author,
      Subject: setup.subject,
      Creator: 'Coachbook',
      Producer: 'Coachbook',
      CreationDate: setup.createdAt,
      ModDate: setup.createdAt
    }
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const frame: Frame = {
    left: MARGIN.side,
    right: doc.page.width - MARGIN.side,
    top: MARGIN.top,
    bottom: doc.page.height - MARGIN.bottom
  }
  const writer = new ReportWriter(doc, new FontSet(doc, setup.resourcesDir), themeWith(branding.accentColour), frame)
  compose(writer)
  writer.decoratePages((page, pages) => drawHeaderAndFooter(writer, setup, page, pages))
  doc.end()
  return finished
}

function drawHeaderAndFooter(writer: ReportWriter, setup: DocumentSetup, page: number, pages: number): void {
  const { frame, theme, doc } = writer
  const small = writer.styles.small
  const lineHeight = writer.lineHeight('small')
  const headerTop = frame.top - 38
  const practice = setup.branding.practiceName ?? setup.branding.coachName
  const running = `${setup.title} · ${setup.clientName}`
  const runningWidth = Math.min(writer.fonts.width(running, 'regular', small.size), writer.width * 0.6)
  if (practice) writer.drawLine(fitted(writer, practice, writer.width - runningWidth - 24), frame.left, headerTop, 'small')
  writer.drawLine(fitted(writer, running, runningWidth), frame.left, headerTop, 'small', 'right', writer.width)
  const headerRule = headerTop + lineHeight + 4
  doc.moveTo(frame.left, headerRule).lineTo(frame.right, headerRule).lineWidth(0.5).strokeColor(theme.rule).stroke()

  const footerTop = frame.bottom + 24
  doc.moveTo(frame.left, footerTop - 6).lineTo(frame.right, footerTop - 6).lineWidth(0.5).strokeColor(theme.rule).stroke()
  const pageLabel = `Page ${page} of ${pages}`
  const pageWidth = writer.fonts.width(pageLabel, 'regular', small.size)
  writer.drawLine(fitted(writer, setup.footnote, writer.width - pageWidth - 24), frame.left, footerTop, 'small')
  writer.drawLine(pageLabel, frame.left, footerTop, 'small', 'right', writer.width)
}

/** Shortens a running header to its space with an ellipsis; the full text is on the first page. */
function fitted(writer: ReportWriter, text: string, width: number): string {
  const size = writer.styles.small.size
  if (writer.fonts.width(text, 'regular', size) <= width) return text
  const characters = [...text]
  while (characters.length > 1 && writer.fonts.width(`${characters.join('')}…`, 'regular', size) > width) characters.pop()
  return `${characters.join('').trimEnd()}…`
}

export interface Cover {
  title: string
  subtitle: string
  facts: Fact[]
}

/** The top of the first page: logo and coach on one line, then the title, then the key facts. */
export function writeCover(writer: ReportWriter, branding: PrintBranding, cover: Cover): void {
  const { doc, frame, theme } = writer
  // Coach and contact sit on the right, wrapped so they never run into the logo.
  const width = branding.logo ? writer.width - LOGO_BOX.width - 16 : writer.width
  const contact = [
    { text: coachLine(branding), style: 'strong' as const },
    { text: branding.contactLine, style: 'small' as const }
  ].flatMap(({ text, style }) => (text === null ? [] : writer.lines(text, style, width).map((line) => ({ line, style }))))
  const contactHeight = contact.reduce((sum, { style }) => sum + writer.lineHeight(style), 0)
  const rowHeight = Math.max(branding.logo ? LOGO_BOX.height : 0, contactHeight)
  if (rowHeight > 0) {
    writer.block(rowHeight, (top) => {
      if (branding.logo) doc.image(branding.logo, frame.left, top, { fit: [LOGO_BOX.width, LOGO_BOX.height] })
      let lineTop = top
      for (const { line, style } of contact) {
        writer.drawLine(line, frame.right - width, lineTop, style, 'right', width)
        lineTop += writer.lineHeight(style)
      }
    })
    writer.y += 22
  }
  writer.block(10, (top) => {
    doc.rect(frame.left, top, 28, 2.5).fill(theme.accent)
  })
  writer.text(cover.title, 'title', { gapAfter: 2 })
  writer.text(cover.subtitle, 'subtitle', { gapAfter: 14 })
  writer.facts(cover.facts)
}
