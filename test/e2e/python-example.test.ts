// The Python example host (examples/python-host: standard library + python3-protobuf),
// driven end to end through the real proxy.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import t from 'tap';
import { SpawnSystem } from '../../src/sdk';
import { freePort, ROOT, startProxy } from '../support/harness';

const PYTHON = '/usr/bin/python3';

function pythonReady(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import google.protobuf'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

t.test('Python host', { skip: pythonReady() ? false : `${PYTHON} cannot import google.protobuf: run scripts/ensure-python-protobuf.sh` }, async (t) => {
  const hostPort = await freePort();
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(hostPort) });
  const host = spawn(PYTHON, [join(ROOT, 'examples', 'python-host', 'host.py')], {
    env: { ...process.env, PROXY_URL: proxy.url, USER_FUNCTION_PORT: String(hostPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => host.kill('SIGKILL'));
  let stderr = '';
  host.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    host.stdout.on('data', (d: Buffer) => d.toString().includes('"listening"') && resolve());
    host.once('exit', (code) => reject(new Error(`python host exited with ${code}: ${stderr}`)));
  });
  const client = new SpawnSystem({ name: 'python-sys', proxyUrl: proxy.url, transport: 'http' });
  t.same(await client.invoke('counter', 'add', { payload: { by: 5 } }), { count: 5 });
  t.same(await client.invoke('counter', 'add', { payload: { by: 2 } }), { count: 7 }, 'state carried by the proxy between calls');
  t.same(await client.invoke('counter', 'hello'), { greeting: 'hello from python', count: 7 });
  t.same(await client.invoke('counter', 'get_state'), { count: 7 });
});
