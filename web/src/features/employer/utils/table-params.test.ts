import { describe, expect, it } from 'vitest'
import { readTableView, writeTableView, type TableParamNames } from './table-params.ts'

const names: TableParamNames = {
  columns: ['name', 'status', 'start'],
  filters: ['status', 'site-name'],
  defaultSort: { columnId: 'name', direction: 'ascending' },
}

describe('a roster table’s view in the URL', () => {
  it('reads search, sort and filters, and leaves the chosen site alone', () => {
    const params = new URLSearchParams('site=1003&q=smith&sort=-start&status=Active')
    const view = readTableView(params, names)
    expect(view).toEqual({
      search: 'smith',
      sort: { columnId: 'start', direction: 'descending' },
      filters: { status: 'Active' },
    })
    expect(writeTableView(new URLSearchParams('site=1003'), view, names).toString()).toBe(
      'site=1003&q=smith&sort=-start&status=Active',
    )
  })

  it('keeps defaults out of the URL: no search, the default sort, no filter', () => {
    const written = writeTableView(
      new URLSearchParams('site=7&q=old&sort=status&status=Active'),
      { search: '', sort: { columnId: 'name', direction: 'ascending' }, filters: { status: '' } },
      names,
    )
    expect(written.toString()).toBe('site=7')
    expect(readTableView(written, names)).toEqual({
      search: '',
      sort: { columnId: 'name', direction: 'ascending' },
      filters: {},
    })
  })

  it('the default sort reversed is written; an unknown column means the default', () => {
    const reversed = { columnId: 'name', direction: 'descending' } as const
    expect(
      writeTableView(new URLSearchParams(), { search: '', sort: reversed, filters: {} }, names).get(
        'sort',
      ),
    ).toBe('-name')
    expect(readTableView(new URLSearchParams('sort=-password'), names).sort).toEqual(
      names.defaultSort,
    )
    expect(readTableView(new URLSearchParams('sort=-'), { ...names, defaultSort: null }).sort).toBe(
      null,
    )
  })

  it('an unknown filter is not read, and a very long search is cut', () => {
    const view = readTableView(new URLSearchParams(`owner=me&q=${'a'.repeat(500)}`), names)
    expect(view.filters).toEqual({})
    expect(view.search).toHaveLength(200)
  })

  it('a search with spaces and symbols survives the round trip', () => {
    const view = { search: 'o’brien & co=1', sort: null, filters: { 'site-name': 'A, "B"' } }
    const again = readTableView(
      writeTableView(new URLSearchParams(), view, { ...names, defaultSort: null }),
      {
        ...names,
        defaultSort: null,
      },
    )
    expect(again).toEqual(view)
  })
})
