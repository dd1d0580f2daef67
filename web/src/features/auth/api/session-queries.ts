import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChooseEmployerInput, Session, SignInInput } from '@vettrak-portal/contracts'
import { api, loadContracts } from '../../../lib/api-client.ts'
import { rememberEmployer } from '../utils/last-employer.ts'

/** Query keys of employer-scoped data start with this, so a change of employer drops them. */
export const EMPLOYER_SCOPED_KEY = 'employer'

export const sessionQueries = {
  /** Who is signed in, their employers and the active one; the route guards read it. */
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: async ({ signal }) =>
        api.get('/api/session', (await loadContracts()).SessionSchema, { signal }),
      staleTime: 60_000,
      refetchOnWindowFocus: true,
      // While VETtrak has not listed the person's employers, the BFF asks it again at each read.
      refetchInterval: (query) => (query.state.data?.employersUnavailable ? 60_000 : false),
      meta: { handlesSignedOut: true },
    }),
}

export const metaQueries = {
  /** Demo mode and the demo accounts, for the sign-in page. */
  current: () =>
    queryOptions({
      queryKey: ['meta'],
      queryFn: async ({ signal }) =>
        api.get('/api/meta', (await loadContracts()).MetaSchema, { signal }),
      staleTime: Infinity,
      retry: false,
    }),
}

/** Signs in; a new session replaces everything cached for whoever was here before. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: SignInInput) =>
      api.post('/api/session', input, (await loadContracts()).SessionSchema),
    onSuccess: (session) => {
      // The portal's own settings (demo mode) are nobody's records: kept, not fetched again.
      const meta = metaQueries.current().queryKey
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meta[0] })
      queryClient.getMutationCache().clear()
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
    },
  })
}

/** Signs out and forgets every cached record. */
export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.delete('/api/session'),
    meta: { handlesSignedOut: true },
    onSettled: () => queryClient.clear(),
  })
}

/** Makes an employer the active one, remembers the choice, and drops the previous one's data. */
export function useChooseEmployer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: ChooseEmployerInput) =>
      api.put('/api/session/employer', input, (await loadContracts()).SessionSchema),
    onSuccess: (session: Session) => {
      if (session.activeEmployerId)
        rememberEmployer(session.user.clientCode, session.activeEmployerId)
      queryClient.removeQueries({ queryKey: [EMPLOYER_SCOPED_KEY] })
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
    },
  })
}
