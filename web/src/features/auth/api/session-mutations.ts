/**
 * @module
 * What changes the session: sign-in, sign-out and the choice of employer. Apart from the session's
 * queries, because the pages that use these load with their own code: the first page need not.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChooseEmployerInput, Session, SignInInput } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { useNavigate } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { api, loadContracts } from '../../../lib/api-client.ts'
import { leaveAndForget } from '../../../lib/query-client.ts'
import { rememberEmployer } from '../utils/last-employer.ts'
import { EMPLOYER_SCOPED_KEY, metaQueries, sessionQueries } from './session-queries.ts'

/** Signs in; a new session replaces everything cached for whoever was here before. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: SignInInput) =>
      api.post(apiRoutes.signIn.path, input, (await loadContracts()).SessionSchema),
    onSuccess: (session) => {
      // The portal's own settings (demo mode) are nobody's records: kept, not fetched again.
      const meta = metaQueries.current().queryKey
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meta[0] })
      queryClient.getMutationCache().clear()
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
    },
  })
}

/** Signs out, leaves for sign-in ("You have signed out") and then forgets every cached record. */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: () => api.delete(apiRoutes.signOut.path),
    meta: { handlesSignedOut: true },
    onSettled: () =>
      leaveAndForget(queryClient, sessionQueries.current().queryKey, () =>
        navigate(paths.auth.login.getHref({ reason: 'signed-out' })),
      ),
  })
}

/** Makes an employer the active one, remembers the choice, and drops the previous one's data. */
export function useChooseEmployer() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: ChooseEmployerInput) =>
      api.put(apiRoutes.chooseEmployer.path, input, (await loadContracts()).SessionSchema),
    onSuccess: (session: Session) => {
      if (session.activeEmployerId)
        rememberEmployer(session.user.clientCode, session.activeEmployerId)
      queryClient.removeQueries({ queryKey: [EMPLOYER_SCOPED_KEY] })
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
    },
  })
}
