/**
 * `npm run audit:verify`: walks the whole export audit log of the store the server uses
 * (DATA_DIR or DATABASE_URL) and checks every link of its hash chain. Exits 0 when it holds,
 * 1 when it is broken (naming the first entry that fails), 2 when it could not be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { verifyAuditChain } from '../db/audit-log';
import { openStoreFromEnv } from './open-from-env';

// --min-entries N: also fail when the chain is shorter (CI checks the log its tests wrote).
const { values } = parseArgs({ options: { 'min-entries': { type: 'string' } } });
const minEntries = Number(values['min-entries'] ?? 0);

try {
  const config = loadConfig();
  const file = path.join(config.dataDir, 'dashboard.sqlite');
  if (!config.databaseUrl && !fs.existsSync(file)) {
    // Opening would make an empty database that "verifies": say there is none instead.
    throw new Error(`no database at ${file} (set DATA_DIR or DATABASE_URL)`);
  }
  const store = await openStoreFromEnv();
  try {
    const report = await verifyAuditChain(store);
    if (report.verified && report.checked < minEntries) {
      console.error(
        `Audit chain holds but has ${report.checked} entries, fewer than ${minEntries}.`,
      );
      process.exitCode = 1;
    } else if (report.verified) {
      console.log(
        `Audit chain verified: ${report.checked} entries, every link holds (${store.location}).\n` +
          `Head: ${report.head} — record it with the count; a later run whose chain does not reach it means entries were removed.`,
      );
    } else {
      console.error(
        `Audit chain BROKEN at entry ${report.brokenAt} (after ${report.checked} good entries) in ${store.location}.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await store.close();
  }
} catch (e) {
  console.error(`The audit log could not be read: ${(e as Error).message}`);
  process.exitCode = 2;
}
