// The TypeScript example host (examples/typescript-host) against the real proxy.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { ROOT, startProxy } from '../support/harness';

t.test('TypeScript example host', async (t) => {
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: '1' });
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'dist', 'examples', 'typescript-host', 'host.js')], {
    env: { ...process.env, PROXY_HTTP_PORT: String(proxy.port), EXIT_AFTER_DEMO: '1' },
    timeout: 20_000,
  });
  t.same(stdout.trim().split('\n'), ['registered over channel', '{ count: 2 }', 'order #1: tea', "{ seen: [ 'tea' ] }"]);
});
