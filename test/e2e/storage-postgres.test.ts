// Persistence through real proxy processes on the PostgreSQL of this machine, including
// stopping and restarting the server under load (it is always restarted in teardown).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import t, { type Test } from 'tap';
import { postgres } from '../storage/backends';
import { conflictBetweenProxies, gracefulRestart, killAfterCheckpoint, outageUnderLoad, restoreRevision } from './storage-scenarios';

const KEY = Buffer.alloc(32, 9).toString('base64');
const PG_VERSION = readdirSync('/etc/postgresql')[0] ?? '15';

async function pgDb(t: Test, driver: 'native' | 'js' = 'native'): Promise<Record<string, string>> {
  return { ...(await postgres(driver).create(t)), SPAWN_STATESTORE_KEY: KEY };
}

function pgctl(action: 'start' | 'stop'): void {
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', PG_VERSION, 'main', action], { stdio: 'ignore' });
}

async function pgUp(): Promise<void> {
  try {
    pgctl('start');
  } catch {
    // already running
  }
  for (let i = 0; i < 100; i++) {
    try {
      execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

t.test('graceful restart', async (t) => gracefulRestart(t, await pgDb(t)));
t.test('kill -9 after checkpoint (pure-JS pg driver)', async (t) => killAfterCheckpoint(t, await pgDb(t, 'js')));
t.test('conflict between two proxies', async (t) => conflictBetweenProxies(t, await pgDb(t)));
t.test('revision history and restore', async (t) => restoreRevision(t, await pgDb(t)));
t.test('PostgreSQL stopped and restarted under load: nothing lost', async (t) =>
  outageUnderLoad(t, await pgDb(t), async () => pgctl('stop'), pgUp),
);
