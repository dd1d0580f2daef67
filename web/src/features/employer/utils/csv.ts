/** A column of a CSV file: its heading and how to read a row's cell. */
export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => string | number | null | undefined
}

// Spreadsheets run a cell starting with these as a formula (CSV injection); tab and carriage
// return too, since some strip them first.
const FORMULA_START = /^[=+\-@\t\r]/

const BOM = '\uFEFF'
const CRLF = '\r\n'

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""'
  // Numbers are numbers: -20 stays a negative amount, not a guarded string.
  const text = typeof value === 'number' ? String(value) : value
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/**
 * RFC 4180 CSV of `rows`: every field quoted (quotes doubled), CRLF after each record, a BOM so
 * Excel reads it as UTF-8, and text that a spreadsheet would run as a formula prefixed with `'`.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [columns.map((column) => cell(column.header)).join(',')]
  for (const row of rows) lines.push(columns.map((column) => cell(column.value(row))).join(','))
  return BOM + lines.join(CRLF) + CRLF
}

/** Offers `csv` to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
