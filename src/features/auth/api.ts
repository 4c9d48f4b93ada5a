import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api/client';
import { sessionSchema } from '@/lib/api/schemas';

export function login(username: string, password: string) {
  return apiRequest('/auth/login', sessionSchema, {
    method: 'POST',
    body: { username, password },
  });
}

/** Ends the server session of this browser's cookie (it goes with the request). */
export function logout() {
  return apiRequest('/auth/logout', z.unknown(), { method: 'POST' });
}

/** The session as the server sees it now (role, expiry); a 401 when it has ended. */
export function fetchMe(signal?: AbortSignal) {
  return apiRequest('/auth/me', sessionSchema, { signal });
}
