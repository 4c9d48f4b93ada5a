import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api/client';
import { securityEventListSchema, userListSchema } from '@/lib/api/schemas';

/** Admin only: the security log and the accounts' lockout state (the server enforces it). */
export const adminQueries = {
  users: () =>
    queryOptions({
      queryKey: ['admin', 'users'],
      queryFn: ({ signal }) => apiRequest('/admin/users', userListSchema, { signal }),
      staleTime: 0,
    }),
  securityEvents: () =>
    infiniteQueryOptions({
      queryKey: ['admin', 'security-events'],
      queryFn: ({ signal, pageParam }) =>
        apiRequest('/admin/security-events', securityEventListSchema, {
          signal,
          params: { limit: '100', before: pageParam === null ? undefined : String(pageParam) },
        }),
      initialPageParam: null as number | null,
      getNextPageParam: (last) => last.nextBefore,
      staleTime: 0,
    }),
};

export function unlockAccount(username: string) {
  return apiRequest(`/admin/users/${encodeURIComponent(username)}/unlock`, z.unknown(), {
    method: 'POST',
  });
}
