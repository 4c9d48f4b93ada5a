/**
 * The export audit log's rules, for the mock and the server alike:
 * - what a client may say about an export (known ids and slugs, capped lengths); the server
 *   adds who, when and from where itself;
 * - the hash chain that makes the log tamper-evident: each entry's hash covers every stored
 *   field and the hash before it, so changing, removing or reordering an entry breaks the
 *   links after it. Removing the newest entries leaves a shorter chain that still verifies:
 *   that is what the head (its hash and length, in every verification report) is for — an
 *   operator who records it can tell a truncated log (docs/deploy.md).
 */
import { REGION_SLUGS, SECTOR_SLUGS } from '@/config/regions';
import type { AuditEntry, AuditEntryInput } from '@/lib/api/schemas';
import { pageDef, panelDef } from './build-panel';

/** Long enough for any title or file name the app makes, short enough to keep the log small. */
export const MAX_TEXT = 300;

/** The first link's "previous hash". */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Checks an already schema-valid input against the dataset: a real page (or `briefing`), a
 * panel of that page, known filter slugs. Returns a reason to refuse, or null.
 */
export function auditInputProblem(input: AuditEntryInput): string | null {
  const texts = [
    input.pageTitle.ko,
    input.pageTitle.en,
    input.panelTitle?.ko ?? '',
    input.panelTitle?.en ?? '',
    input.filtersText,
    input.fileName,
  ];
  if (texts.some((t) => t.length > MAX_TEXT)) return `Texts are limited to ${MAX_TEXT} characters`;
  if (input.pageId !== 'briefing' && !pageDef(input.pageId)) return 'Unknown page';
  if (input.panelId !== null) {
    const found = panelDef(input.panelId);
    if (!found) return 'Unknown panel';
    if (input.pageId !== 'briefing' && found.page.id !== input.pageId) {
      return 'The panel is not on that page';
    }
  }
  if (input.filters.region.some((s) => !REGION_SLUGS.includes(s))) return 'Unknown region';
  if (input.filters.sector.some((s) => !SECTOR_SLUGS.includes(s))) return 'Unknown sector';
  if (input.filters.region.length > REGION_SLUGS.length) return 'Too many regions';
  if (input.filters.sector.length > SECTOR_SLUGS.length) return 'Too many sectors';
  return null;
}

/** An entry as it is chained: every field, in a fixed order, so a hash is reproducible. */
export interface ChainedEntry {
  entry: AuditEntry;
  /** The client's address as the server saw it (null in the in-browser demo). */
  clientIp: string | null;
}

/** The text a link's hash is taken of: the previous hash, then the entry's canonical JSON. */
export function chainText(prevHash: string, { entry, clientIp }: ChainedEntry): string {
  const canonical = [
    entry.id,
    entry.at,
    entry.user.username,
    entry.user.role,
    entry.user.displayName.ko,
    entry.user.displayName.en,
    entry.pageId,
    entry.panelId,
    entry.format,
    entry.fileName,
    entry.filtersText,
    entry.filters.region,
    entry.filters.sector,
    entry.pageTitle.ko,
    entry.pageTitle.en,
    entry.panelTitle?.ko ?? null,
    entry.panelTitle?.en ?? null,
    clientIp,
  ];
  return `${prevHash}\n${JSON.stringify(canonical)}`;
}

/** A stored link: the entry as stored, and the two hashes stored beside it. */
export interface ChainLink extends ChainedEntry {
  prevHash: string;
  hash: string;
}

export interface ChainReport {
  verified: boolean;
  checked: number;
  /** The id of the first entry whose link does not hold, if any. */
  brokenAt: string | null;
  /** The newest link's hash (the genesis hash for an empty log): record it to detect truncation. */
  head: string;
}

/**
 * Walks links oldest first. `hashOf` is SHA-256 hex (node:crypto on the server, Web Crypto in
 * the browser demo); the rule is the same.
 */
export async function verifyChain(
  links: Iterable<ChainLink> | AsyncIterable<ChainLink>,
  hashOf: (text: string) => string | Promise<string>,
): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let checked = 0;
  for await (const link of links) {
    // The text is rebuilt from the stored fields: an edited field changes the hash.
    if (link.prevHash !== prev || (await hashOf(chainText(prev, link))) !== link.hash) {
      return { verified: false, checked, brokenAt: link.entry.id, head: prev };
    }
    prev = link.hash;
    checked += 1;
  }
  return { verified: true, checked, brokenAt: null, head: prev };
}

/**
 * The entry as recorded: the fields the contract names, picked one by one (a body's other
 * properties are not stored or echoed), with who and when from the server.
 */
export function auditEntryOf(
  input: AuditEntryInput,
  user: AuditEntry['user'],
  now: Date,
  randomId: string,
): AuditEntry {
  return {
    id: `${now.getTime().toString(36).padStart(9, '0')}-${randomId.slice(0, 8)}`,
    at: now.toISOString(),
    user: { username: user.username, displayName: user.displayName, role: user.role },
    pageId: input.pageId,
    pageTitle: { ko: input.pageTitle.ko, en: input.pageTitle.en },
    panelId: input.panelId,
    panelTitle: input.panelTitle && { ko: input.panelTitle.ko, en: input.panelTitle.en },
    filters: { region: [...input.filters.region], sector: [...input.filters.sector] },
    filtersText: input.filtersText,
    format: input.format,
    fileName: input.fileName,
  };
}
