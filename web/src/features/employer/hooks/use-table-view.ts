import { useCallback, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import {
  readTableView,
  writeTableView,
  type TableParamNames,
  type TableView,
} from '../utils/table-params.ts'

const PENDING_KEPT = 20

/**
 * A roster table's search, sort and filters, kept in the URL (see `table-params.ts`). The view is
 * also held here so typing never waits for the router: each change replaces the URL (Back leaves
 * the page rather than undoing keystrokes), and a URL changed from elsewhere (a link, Back) wins.
 */
export function useTableView(names: TableParamNames): [TableView, (view: TableView) => void] {
  const [params, setParams] = useSearchParams()
  const key = params.toString()
  const { columns, filters, defaultSort } = names
  const fromUrl = useMemo(
    () => readTableView(new URLSearchParams(key), { columns, filters, defaultSort }),
    [key, columns, filters, defaultSort],
  )
  const [view, setView] = useState(fromUrl)
  const [seenKey, setSeenKey] = useState(key)
  // URLs this table wrote that the router has not shown yet: one arriving late (typing outruns the
  // router) is not a change to follow.
  const [pending, setPending] = useState<readonly string[]>([])
  if (key !== seenKey) {
    // React's pattern for state derived from a prop: set during render, before anything shows.
    setSeenKey(key)
    const own = pending.indexOf(key)
    setPending(own === -1 ? [] : pending.slice(own + 1))
    if (own === -1) setView(fromUrl)
  }

  const update = useCallback(
    (next: TableView) => {
      const written = writeTableView(new URLSearchParams(key), next, {
        columns,
        filters,
        defaultSort,
      })
      setView(next)
      if (written.toString() === key) return
      setPending((keys) => [...keys.slice(-PENDING_KEPT + 1), written.toString()])
      void setParams(written, { replace: true, preventScrollReset: true })
    },
    [key, columns, filters, defaultSort, setParams],
  )
  return [view, update]
}
