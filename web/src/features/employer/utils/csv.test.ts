import { describe, expect, it } from 'vitest'
import { toCsv, type CsvColumn } from './csv.ts'

type Row = { name: string | undefined; note: string | number | null | undefined }
const columns: CsvColumn<Row>[] = [
  { header: 'Name', value: (row) => row.name },
  { header: 'Note', value: (row) => row.note },
]
const body = (csv: string) => csv.slice(1).split('\r\n')[1]

describe('toCsv', () => {
  it('starts with a BOM, quotes every field and ends each record with CRLF', () => {
    expect(toCsv([{ name: 'Ava', note: 'ok' }], columns)).toBe(
      '\uFEFF"Name","Note"\r\n"Ava","ok"\r\n',
    )
  })

  it('a list with no rows is the heading alone', () => {
    expect(toCsv([], columns)).toBe('\uFEFF"Name","Note"\r\n')
  })

  it.each([
    ['a plain value', 'Ward A', '"Ward A"'],
    ['a comma', 'Brown, Olivia', '"Brown, Olivia"'],
    ['quotes, doubled', 'the "big" site', '"the ""big"" site"'],
    ['a line break, kept inside quotes', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a formula (=)', '=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['a formula (+)', '+61 2 9555 0100', `"'+61 2 9555 0100"`],
    ['a formula (-)', '-2+3', `"'-2+3"`],
    ['a formula (@)', '@cmd', `"'@cmd"`],
    ['a tab first', '\t=1', `"'\t=1"`],
    ['a formula with quotes', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['an equals sign later on', 'a=b', '"a=b"'],
    ['a negative number (a number, not text)', -20.5, '"-20.5"'],
    ['nothing', undefined, '""'],
    ['null', null, '""'],
    ['accented letters', 'Zoë Ngô', '"Zoë Ngô"'],
  ])('a cell with %s', (_, note, expected) => {
    expect(body(toCsv([{ name: 'x', note }], columns))).toBe(`"x",${expected}`)
  })

  it('guards the headings too', () => {
    expect(toCsv([], [{ header: '=cmd', value: () => '' }])).toBe(`\uFEFF"'=cmd"\r\n`)
  })
})
