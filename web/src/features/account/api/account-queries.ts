import { queryOptions, useMutation } from '@tanstack/react-query'
import {
  PasswordPolicySchema,
  ProfileSchema,
  type ChangePasswordInput,
} from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'

export const accountQueries = {
  all: () => ['account'] as const,
  /** The signed-in person's details from VETtrak. */
  profile: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'profile'],
      queryFn: ({ signal }) => api.get(apiRoutes.myProfile.path, ProfileSchema, { signal }),
    }),
  /** The RTO's password rules, for the live checklist. */
  passwordPolicy: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'password-policy'],
      queryFn: ({ signal }) =>
        api.get(apiRoutes.myPasswordPolicy.path, PasswordPolicySchema, { signal }),
      staleTime: 10 * 60_000,
    }),
}

/** Changes the password: 204, or a 400 naming the field, or a 429 after too many wrong tries. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.put(apiRoutes.changeMyPassword.path, input),
  })
}
