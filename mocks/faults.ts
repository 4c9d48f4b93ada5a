/**
 * Fault injection, per endpoint, for tests and demonstrations (PRODUCT.md: the mock can be
 * told to fail). Set from tests with setFault(), or in the browser with the query flag
 * `?mockFault=<endpoint>:<kind>` (e.g. `?mockFault=panel:ov-budget:500`), which is read once
 * at start-up in demo mode only.
 */
export type FaultKind = '500' | 'timeout' | 'malformed' | '401';

const faults = new Map<string, FaultKind>();

/** Endpoint keys: 'login', 'me', 'page:<pageId>', 'panel:<panelId>', 'facts', or '*'. */
export function setFault(endpoint: string, kind: FaultKind) {
  faults.set(endpoint, kind);
}

export function clearFaults() {
  faults.clear();
}

export function faultFor(endpoint: string): FaultKind | undefined {
  return faults.get(endpoint) ?? faults.get('*');
}

const KINDS: FaultKind[] = ['500', 'timeout', 'malformed', '401'];

export function parseFaultFlag(flag: string | null): void {
  if (!flag) return;
  for (const part of flag.split(',')) {
    const i = part.lastIndexOf(':');
    const endpoint = part.slice(0, i);
    const kind = part.slice(i + 1) as FaultKind;
    if (i > 0 && KINDS.includes(kind)) setFault(endpoint, kind);
  }
}
