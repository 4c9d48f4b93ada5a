/**
 * `npm run audit:verify`: walks the whole export audit log of the store the server uses
 * (DATA_DIR or DATABASE_URL) and checks every link of its hash chain. Exits 0 when it holds,
 * 1 when it is broken (naming the first entry that fails), 2 when it could not be read.
 */
import { verifyAuditChain } from '../db/audit-log';
import { openStoreFromEnv } from './open-from-env';

try {
  const store = await openStoreFromEnv();
  try {
    const report = await verifyAuditChain(store);
    if (report.verified) {
      console.log(
        `Audit chain verified: ${report.checked} entries, every link holds (${store.location}).`,
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
