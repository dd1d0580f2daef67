import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import {
  CalendarFeedListSchema,
  CreatedCalendarFeedSchema,
  type CreateCalendarFeedInput,
} from '@vettrak-portal/contracts'
import { api } from '../../../lib/api-client.ts'

export const feedQueries = {
  /** The person's calendar feeds (their URLs are shown only when made). */
  list: () =>
    queryOptions({
      queryKey: ['account', 'feeds'],
      queryFn: ({ signal }) => api.get('/api/feeds', CalendarFeedListSchema, { signal }),
    }),
}

/** Makes a feed, replacing the person's feed of the same calendar; answers its URLs once. */
export function useCreateFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateCalendarFeedInput) =>
      api.post('/api/feeds', input, CreatedCalendarFeedSchema),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedQueries.list().queryKey }),
  })
}

/** Revokes a feed: calendar apps fetching it are refused from now on. */
export function useRevokeFeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/feeds/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedQueries.list().queryKey }),
  })
}
