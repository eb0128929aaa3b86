// Actors' state bytes live in the runtime's state table: off the V8 heap with the native addon,
// in Buffers with its JavaScript twin (SPAWN_NATIVE=0). Both must hold, hand back and free the
// same bytes; a deactivated actor leaves nothing behind in the table.
import t from 'tap';
import { actor, eventually, get, invoke, register, startHost, startProxy, type TestProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'table-sys';
const N = 20;

async function stateBytes(proxy: TestProxy, table: string): Promise<number | undefined> {
  const metrics = (await get(`${proxy.url}/metrics`)).body.toString();
  const m = new RegExp(`^spawn_actor_state_bytes\\{table="${table}"\\} (\\d+)$`, 'm').exec(metrics);
  return m ? Number(m[1]) : undefined;
}

for (const table of ['native', 'js'] as const) {
  t.test(`state table: ${table}`, async (t) => {
    const host = await startHost(t);
    const proxy = await startProxy(t, {
      USER_FUNCTION_PORT: String(host.port),
      ...(table === 'js' ? { SPAWN_NATIVE: '0' } : {}),
    });
    const names = Array.from({ length: N }, (_, i) => `holder-${i}`);
    await register(
      proxy,
      SYS,
      names.map((name) => actor(name, { deactivateMs: 1000, snapshotMs: 60_000 })),
    );

    for (const [i, name] of names.entries()) {
      const r = await invoke(proxy, { system: SYS, actor: name, action: 'add', value: jsonAny({ by: i + 1 }) });
      t.equal((fromJsonAny(r.response.value) as { count: number }).count, i + 1);
    }
    const held = await stateBytes(proxy, table);
    t.ok(held !== undefined && held > 0, `the ${table} table holds the states (${held} bytes)`);

    // Each state is read back as written, after other actors changed theirs.
    for (const [i, name] of names.entries()) {
      const r = await invoke(proxy, { system: SYS, actor: name, action: 'add', value: jsonAny({ by: 0 }) });
      t.equal((fromJsonAny(r.response.value) as { count: number }).count, i + 1, `${name} kept its own state`);
    }

    await eventually(async () => ((await stateBytes(proxy, table)) === 0 ? true : undefined), 10_000, 100);
    t.pass('deactivated actors freed their states');

    // Reactivated from the store into slots freed by others: still their own state.
    for (const [i, name] of names.entries()) {
      const r = await invoke(proxy, { system: SYS, actor: name, action: 'add', value: jsonAny({ by: 1 }) });
      t.equal((fromJsonAny(r.response.value) as { count: number }).count, i + 2, `${name} reactivated with its state`);
    }
  });
}
