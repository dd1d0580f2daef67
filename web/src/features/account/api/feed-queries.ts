import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import {
  CalendarFeedListSchema,
  CreatedCalendarFeedSchema,
  type CreateCalendarFeedInput,
} from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'
import { apiUrl } from '../../../lib/api-url.ts'

export const feedQueries = {
  /** The person's calendar feeds (their URLs are shown only when made). */
  list: () =>
    queryOptions({
      queryKey: ['account', 'feeds'],
      queryFn: ({ signal }) => api.get(apiRoutes.myFeeds.path, CalendarFeedListSchema, { signal }),
    }),
}

/** Makes a feed, replacing the person's feed of the same calendar; answers its URLs once. */
export function useCreateFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateCalendarFeedInput) =>
      api.post(apiRoutes.createFeed.path, input, CreatedCalendarFeedSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedQueries.list().queryKey }),
  })
}

/** Revokes a feed: calendar apps fetching it are refused from now on. */
export function useRevokeFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete(apiUrl(apiRoutes.revokeFeed, { params: { id } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedQueries.list().queryKey }),
  })
}
