// The logger given to startProxy is the one the state store logs through (it used to build
// its own, at the configured level, writing to stderr).
import t from 'tap';
import { createLogger, loadConfig } from '../../src/control';
import { startProxy } from '../../src/hotpath';
import { createStateStore } from '../../src/storage';

t.test('createStateStore logs through the logger it is given', async (t) => {
  const lines: string[] = [];
  const store = createStateStore(
    loadConfig({ PROXY_DATABASE_TYPE: 'memory' }).storage,
    createLogger('warn', (l) => lines.push(l)),
  );
  t.teardown(() => store.close());
  t.match(lines.join(''), /PROXY_DATABASE_TYPE=memory: actor state is not persisted/);
});

t.test("startProxy's logger reaches the store", async (t) => {
  const lines: string[] = [];
  // The configured level says error: only the logger handed in can have written the warning.
  const config = loadConfig({ PROXY_DATABASE_TYPE: 'memory', PROXY_HTTP_PORT: '0', SPAWN_PROXY_LOGGER_LEVEL: 'error' });
  const proxy = await startProxy(
    config,
    createLogger('warn', (l) => lines.push(l)),
  );
  t.teardown(() => proxy.stop());
  t.match(lines.join(''), /PROXY_DATABASE_TYPE=memory: actor state is not persisted/);
});
