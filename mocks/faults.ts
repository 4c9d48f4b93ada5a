/**
 * Fault injection, per endpoint, for tests and demonstrations (PRODUCT.md: the mock can be
 * told to fail). Set from tests with setFault(), or in the browser with the query flag
 * `?mockFault=<endpoint>:<kind>` (e.g. `?mockFault=panel:ov-budget:500`), which is read once
 * at start-up in demo mode only. `<kind>*<n>` fails n times, then answers normally
 * (`panel:ov-budget:500*2`), so a retry can be shown to recover.
 */
export type FaultKind = '500' | 'timeout' | 'malformed' | '401';

interface Fault {
  kind: FaultKind;
  /** How many more times to fail; undefined = always. */
  remaining?: number;
}

const faults = new Map<string, Fault>();

/** Endpoint keys: 'login', 'me', 'page:<pageId>', 'panel:<panelId>', 'facts', 'audit', or '*'. */
export function setFault(endpoint: string, kind: FaultKind, times?: number) {
  faults.set(endpoint, { kind, remaining: times });
}

export function clearFaults() {
  faults.clear();
}

/** The fault to apply to this call, if any (counting down a limited one). */
export function faultFor(endpoint: string): FaultKind | undefined {
  const key = faults.has(endpoint) ? endpoint : '*';
  const fault = faults.get(key);
  if (!fault) return undefined;
  if (fault.remaining !== undefined) {
    if (fault.remaining <= 0) return undefined;
    fault.remaining -= 1;
  }
  return fault.kind;
}

const KINDS: FaultKind[] = ['500', 'timeout', 'malformed', '401'];

export function parseFaultFlag(flag: string | null): void {
  if (!flag) return;
  for (const part of flag.split(',')) {
    const i = part.lastIndexOf(':');
    const endpoint = part.slice(0, i);
    const [kind, times] = part.slice(i + 1).split('*') as [FaultKind, string | undefined];
    if (i > 0 && KINDS.includes(kind)) {
      setFault(endpoint, kind, times === undefined ? undefined : Math.max(0, Number(times) || 0));
    }
  }
}
