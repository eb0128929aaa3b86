#!/usr/bin/env node
// spawn-statestore: maintenance of the state store, configured by the same environment as
// the proxy, read by the same loadConfig() (PROXY_DATABASE_*, SPAWN_STATESTORE_KEY, SPAWN_STATESTORE_KEY_PREVIOUS).
//   statestore migrate   run the schema migrations and exit
//   statestore rekey     re-encrypt every row (current and history) with SPAWN_STATESTORE_KEY;
//                        old keys go in SPAWN_STATESTORE_KEY_PREVIOUS. Safe while proxies run.
import { createLogger, loadConfig } from '../src/control';
import { SpawnError } from '../src/errors';
import { SqlStateStore, createStateStore } from '../src/storage';

const USAGE = 'usage: statestore <migrate|rekey>';

async function main(): Promise<number> {
  const command = process.argv[2];
  if ((command !== 'migrate' && command !== 'rekey') || process.argv.length > 3) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const store = createStateStore(loadConfig().storage, createLogger('warn'));
  if (!(store instanceof SqlStateStore)) {
    process.stderr.write(`statestore: PROXY_DATABASE_TYPE=${store.kind} keeps nothing to ${command}\n`);
    return 64;
  }
  try {
    await store.init();
    if (command === 'migrate') {
      process.stdout.write(`${JSON.stringify({ event: 'migrated', store: store.kind })}\n`);
      return 0;
    }
    const counts = await store.rekey((c) => process.stderr.write(`rekey: ${c.rows} rows, ${c.history} history rows re-encrypted so far\n`));
    process.stdout.write(`${JSON.stringify({ event: 'rekeyed', store: store.kind, key: store.keyring.current.id, ...counts })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    const code = err instanceof SpawnError ? err.code : 'SPAWN_ERR_INTERNAL';
    process.stderr.write(`statestore: ${code}: ${(err as Error).message}\n`);
    process.exit(err instanceof SpawnError && err.code === 'SPAWN_ERR_CONFIG' ? 78 : 1);
  },
);
