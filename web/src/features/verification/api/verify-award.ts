import { useMutation } from '@tanstack/react-query'
import { VerificationSchema, type VerifyAwardInput } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'

/** Checks a parchment with the BFF (no sign-in): issued, with its qualification, or no match. */
export function useVerifyAward() {
  return useMutation({
    mutationFn: (claim: VerifyAwardInput) =>
      api.post(apiRoutes.verifyAward.path, claim, VerificationSchema),
  })
}
