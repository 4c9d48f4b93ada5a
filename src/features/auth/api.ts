import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api/client';
import { sessionSchema, userSchema } from '@/lib/api/schemas';

export function login(username: string, password: string) {
  return apiRequest('/auth/login', sessionSchema, {
    method: 'POST',
    body: { username, password },
  });
}

export function logout(token: string) {
  return apiRequest('/auth/logout', z.unknown(), { method: 'POST', token });
}

export function fetchMe(signal?: AbortSignal) {
  return apiRequest('/auth/me', userSchema, { signal });
}
