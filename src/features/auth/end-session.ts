import { logout } from './api';
import { sessionStore, type EndReason } from './session-store';

/**
 * Ends the session everywhere: locally at once (the UI and the query cache follow the store),
 * then on the server, which deletes the session of the cookie the request carries, so an idle
 * or explicit logout also revokes it (OWASP ASVS 3.3). The server call is fire-and-forget: the
 * user is signed out here whatever the network does.
 */
export function endSession(reason: Exclude<EndReason, 'expired' | null>) {
  const hadSession = sessionStore.get() !== null;
  sessionStore.end(reason);
  if (hadSession) void logout().catch(() => {});
}
