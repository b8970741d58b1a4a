/**
 * A spreadsheet opens a cell that starts with one of these as a formula: the cell is written
 * with an apostrophe first, so a name such as "=HYPERLINK(…)" stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/
/** A plain decimal ("-80.00", a credit note's amount) is a number to the spreadsheet, never a formula: it stays as it is. */
const DECIMAL = /^-?\d+(\.\d+)?$/

function cell(value: string): string {
  const safe = FORMULA_START.test(value) && !DECIMAL.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * Rows of cells as CSV (RFC 4180, CRLF), with a byte order mark so that spreadsheets read
 * the names in UTF-8. Every file Coachbook writes as CSV is written here.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((cells) => cells.map(cell).join(',')).join('\r\n')}\r\n`
}
