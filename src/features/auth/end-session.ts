import { logout } from './api';
import { sessionStore, type EndReason } from './session-store';

/**
 * Ends the session everywhere: locally at once (the UI and the query cache follow the store),
 * then on the server, with the token captured before it was dropped, so an idle or explicit
 * logout also revokes the token (OWASP ASVS 3.3). The server call is fire-and-forget: the user
 * is signed out here whatever the network does.
 */
export function endSession(reason: Exclude<EndReason, 'expired' | null>) {
  const token = sessionStore.token();
  sessionStore.end(reason);
  if (token) void logout(token).catch(() => {});
}
