// Persistence through real proxy processes on the MariaDB of this machine.
import t, { type Test } from 'tap';
import { mariadb } from '../storage/backends';
import { conflictBetweenProxies, gracefulRestart, killAfterCheckpoint, restoreRevision } from './storage-scenarios';

const KEY = Buffer.alloc(32, 8).toString('base64');
const db = async (t: Test): Promise<Record<string, string>> => ({ ...(await mariadb.create(t)), SPAWN_STATESTORE_KEY: KEY });

t.test('graceful restart', async (t) => gracefulRestart(t, await db(t)));
t.test('kill -9 after checkpoint', async (t) => killAfterCheckpoint(t, await db(t)));
t.test('conflict between two proxies', async (t) => conflictBetweenProxies(t, await db(t)));
t.test('revision history and restore', async (t) => restoreRevision(t, await db(t)));
