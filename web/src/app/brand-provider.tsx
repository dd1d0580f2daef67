import { hashKey, useQueryClient } from '@tanstack/react-query'
import type { Brand } from '@vettrak-portal/contracts'
import { useEffect, useState, type ReactNode } from 'react'
import { BrandContextProvider, defaultBrand } from '../components/layout/brand.tsx'
import { metaQueries } from '../features/auth/api/session-queries.ts'

/**
 * The RTO's brand from `/api/meta` for every page, the sign-in page included. Its colours come
 * separately, as the BFF's `/brand/theme.css`, before any script runs.
 *
 * Read from the query cache rather than with `useQuery`, whose observer is code the first page
 * would otherwise wait for. The brand is the deployment's and does not change while a page is
 * open: the last one read is kept, also when the cache is cleared at sign-out, and a read that
 * failed is picked up when another page's query for `/api/meta` succeeds.
 */
export function BrandProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [brand, setBrand] = useState<Brand>(
    () => queryClient.getQueryData(metaQueries.current().queryKey)?.brand ?? defaultBrand,
  )
  useEffect(() => {
    const meta = metaQueries.current()
    const metaHash = hashKey(meta.queryKey)
    const pick = () => {
      const read = queryClient.getQueryData(meta.queryKey)?.brand
      if (read) setBrand(read)
    }
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryHash === metaHash) pick()
    })
    pick()
    void queryClient.prefetchQuery(meta)
    return unsubscribe
  }, [queryClient])
  return <BrandContextProvider value={brand}>{children}</BrandContextProvider>
}
