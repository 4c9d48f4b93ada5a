/**
 * The export audit log endpoints (issue: export for briefings). Filled in with the export
 * feature; kept apart from handlers.ts so the two can change independently.
 */
import type { HttpHandler } from 'msw';

export const auditHandlers: HttpHandler[] = [];
