/**
 * The mock's session cookie, named like the server's. In the browser demo MSW keeps it in its
 * own cookie store (and document.cookie): a service worker cannot set an httpOnly cookie, so
 * the demo's is readable by the page, which never reads it (docs/decisions/015).
 */
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../domain/accounts';
import { userForToken } from './auth-store';

export const setCookie = (token: string) =>
  `${SESSION_COOKIE}=${token}; Path=/; SameSite=Strict; Max-Age=${SESSION_ABSOLUTE_MS / 1000}`;

export const clearCookie = () => `${SESSION_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0`;

export const tokenOf = (cookies: Record<string, string>) => cookies[SESSION_COOKIE] ?? null;

export const userOf = (cookies: Record<string, string>) => userForToken(tokenOf(cookies));
