import t from 'tap';
import { loadConfig } from '../../src/control';
import { SpawnError } from '../../src/errors';

t.test('defaults', async (t) => {
  const c = loadConfig({});
  t.equal(c.http.port, 9001);
  t.equal(c.http.bind, '127.0.0.1');
  t.equal(c.http.maxBodyBytes, 16 * 1024 * 1024);
  t.equal(c.host.address, '127.0.0.1');
  t.equal(c.host.port, 8090);
  t.equal(c.invocation.timeoutMs, 60_000);
  t.equal(c.protocolCompat, '1');
});

t.test('bad values name the variable and a valid form', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PROXY_HTTP_PORT: 'abc' }, /PROXY_HTTP_PORT must be an integer between 0 and 65535 \(got 'abc'\)/],
    [{ PROXY_HTTP_PORT: '70000' }, /PROXY_HTTP_PORT must be an integer between 0 and 65535/],
    [{ PROXY_PROTOCOL_COMPAT: '0.4' }, /PROXY_PROTOCOL_COMPAT must be one of 1, 0.5 \(got '0.4'\)/],
    [{ SPAWN_DISABLE_METRICS: 'maybe' }, /SPAWN_DISABLE_METRICS must be true or false/],
  ];
  for (const [env, re] of cases) {
    const err = t.throws(() => loadConfig(env)) as SpawnError;
    t.equal(err.code, 'SPAWN_ERR_CONFIG');
    t.match(err.message, re);
  }
});
