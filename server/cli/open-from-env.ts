/** The CLIs open the same store the server would, from the same environment variables. */
import { loadConfig } from '../config';
import { openStore, type Store } from '../db/database';

export async function openStoreFromEnv(): Promise<Store> {
  const config = loadConfig();
  return openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: 2 });
}
