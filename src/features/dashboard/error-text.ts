import { isApiError } from '@/lib/api/client';

export type ErrorKey =
  | 'errors.timeout'
  | 'errors.network'
  | 'errors.invalid'
  | 'errors.http'
  | 'errors.forbidden'
  | 'errors.unknown';

/** A user-facing message for any failure of a query. */
export function errorMessageKey(error: unknown): ErrorKey {
  if (!isApiError(error)) return 'errors.unknown';
  switch (error.kind) {
    case 'timeout':
      return 'errors.timeout';
    case 'network':
      return 'errors.network';
    case 'invalid-response':
      return 'errors.invalid';
    case 'forbidden':
      return 'errors.forbidden';
    default:
      return 'errors.http';
  }
}
