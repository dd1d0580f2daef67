/**
 * @module
 * What a roster table shows (search, sort, filters) as query parameters, so Back, reload and a
 * shared link keep it: `q` the search, `sort` a column id (`-` before it for descending), and each
 * filter by its id. Other parameters (the chosen `site`) are left alone.
 */

export type SortDirection = 'ascending' | 'descending'
export interface Sort {
  columnId: string
  direction: SortDirection
}

export interface TableView {
  search: string
  sort: Sort | null
  /** Filter id → the chosen value; absent: all. */
  filters: Readonly<Record<string, string>>
}

export interface TableParamNames {
  /** Column ids that may be sorted by. */
  columns: readonly string[]
  filters: readonly string[]
  /** The sort when the URL names none (kept out of the URL). */
  defaultSort?: Sort | null
}

const SEARCH = 'q'
const SORT = 'sort'
/** Longer than anyone types into a search box; a longer one is cut, not refused. */
const MAX_SEARCH = 200

/** The view `params` describe; what it does not name (or names wrongly) is the default. */
export function readTableView(params: URLSearchParams, names: TableParamNames): TableView {
  const sortParam = params.get(SORT)
  const descending = sortParam?.startsWith('-') ?? false
  const columnId = descending ? sortParam?.slice(1) : sortParam
  const sort: Sort | null =
    columnId && names.columns.includes(columnId)
      ? { columnId, direction: descending ? 'descending' : 'ascending' }
      : (names.defaultSort ?? null)
  const filters: Record<string, string> = {}
  for (const id of names.filters) {
    const value = params.get(id)
    if (value) filters[id] = value
  }
  return { search: (params.get(SEARCH) ?? '').slice(0, MAX_SEARCH), sort, filters }
}

/** `params` with `view` written in (defaults left out, so a plain list has a plain URL). */
export function writeTableView(
  params: URLSearchParams,
  view: TableView,
  names: TableParamNames,
): URLSearchParams {
  // Always in the same order (search, sort, filters) after the others: one view, one address.
  const next = new URLSearchParams(params)
  for (const name of [SEARCH, SORT, ...names.filters]) next.delete(name)
  if (view.search) next.set(SEARCH, view.search)
  const isDefaultSort =
    view.sort?.columnId === names.defaultSort?.columnId &&
    view.sort?.direction === names.defaultSort?.direction
  if (view.sort && !isDefaultSort)
    next.set(SORT, `${view.sort.direction === 'descending' ? '-' : ''}${view.sort.columnId}`)
  for (const id of names.filters) {
    const value = view.filters[id]
    if (value) next.set(id, value)
  }
  return next
}
