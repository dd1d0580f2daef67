import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { BrandContextProvider, defaultBrand } from '../components/layout/brand.tsx'
import { metaQueries } from '../features/auth/api/session-queries.ts'

/**
 * The RTO's brand from `/api/meta` for every page, the sign-in page included. Its colours come
 * separately, as the BFF's `/brand/theme.css`, before any script runs.
 */
export function BrandProvider({ children }: { children: ReactNode }) {
  const meta = useQuery(metaQueries.current())
  return (
    <BrandContextProvider value={meta.data?.brand ?? defaultBrand}>{children}</BrandContextProvider>
  )
}
