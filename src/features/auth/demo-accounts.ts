import type { Role } from '@/lib/api/schemas';

/**
 * The documented demo accounts (PRODUCT.md), shown on the login page in mock mode only.
 * They are public by design; the mock server holds its own copy.
 */
export const DEMO_PASSWORD = 'demo1234!';
export const DEMO_ACCOUNTS: { username: string; role: Role }[] = [
  { username: 'viewer', role: 'viewer' },
  { username: 'analyst', role: 'analyst' },
  { username: 'admin', role: 'admin' },
];
