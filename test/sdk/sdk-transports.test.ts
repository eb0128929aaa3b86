// The TypeScript SDK against the real proxy process, over both transports: a host defined
// with the SDK (served from this test process) and calls made through the SDK. The same
// cases run once over the host channel and once over Spawn's HTTP protocol.
import t from 'tap';
import { SpawnSdkError, SpawnSystem, json } from '../../src/sdk';
import { eventually, startProxy } from '../support/harness';

interface Counter {
  n: number;
}

for (const transport of ['channel', 'http'] as const)
  t.test(`SDK over ${transport}`, async (t) => {
    const system = new SpawnSystem({ name: 'sdk-sys', hostPort: 0, proxyUrl: 'http://127.0.0.1:1', transport });
    const heard: unknown[] = [];
    system
      .define({
        name: 'counter',
        state: json<Counter>(),
        initialState: { n: 0 },
        actions: {
          add: {
            payload: json<{ by: number }>(),
            reply: json<Counter>(),
            handler: ({ state, payload }) => {
              const next = { n: (state?.n ?? 0) + payload.by };
              return { state: next, value: next };
            },
          },
          fail: () => {
            throw new Error('boom');
          },
          relay: ({ payload }) => ({ value: { relayed: payload }, workflow: { pipe: { actor: 'echo', action: 'say' } } }),
          announce: () => ({
            value: 'sent',
            workflow: { broadcast: { channel: 'news', payload: { headline: 'hi' } }, effects: [{ actor: 'echo', action: 'say', payload: 'effect' }] },
          }),
        },
      })
      .define({ name: 'echo', stateful: false, actions: { say: ({ payload, caller }) => ({ value: { said: payload, by: caller?.name ?? null } }) } })
      .define({
        name: 'listener',
        stateful: false,
        channels: [{ topic: 'news', action: 'hear' }],
        actions: { hear: ({ payload }) => void heard.push(payload) },
      })
      .define({
        name: 'user',
        kind: 'unnamed',
        state: json<Counter>(),
        actions: { add: ({ state }) => ({ state: { n: (state?.n ?? 0) + 1 }, value: (state?.n ?? 0) + 1 }) },
      });

    t.teardown(() => system.stop());
    let proxy;
    if (transport === 'http') {
      // The proxy calls the host back: it needs the host's port first.
      const hostPort = await system.listen();
      proxy = await startProxy(t, { USER_FUNCTION_PORT: String(hostPort) });
      system.proxyUrl = proxy.url;
      await system.register();
    } else {
      // Over the channel the host dials the proxy: USER_FUNCTION_PORT is not used.
      proxy = await startProxy(t, { USER_FUNCTION_PORT: '1' });
      system.proxyUrl = proxy.url;
      await system.start();
      t.equal(system.transport, 'channel', 'connected over the host channel');
    }
    const client = new SpawnSystem({ name: 'sdk-sys', proxyUrl: proxy.url });

    await t.test('typed state across calls', async (t) => {
      t.same(await client.invoke('counter', 'add', { payload: { by: 2 } }), { n: 2 });
      t.same(await client.invoke('counter', 'add', { payload: { by: 3 } }), { n: 5 });
      t.same(await client.invoke('counter', 'get_state'), { n: 5 }, 'default action answered by the proxy');
      t.same(await system.invoke('counter', 'get_state'), { n: 5 }, `the host calls through its own transport (${transport})`);
    });

    await t.test('errors are typed and name the problem', async (t) => {
      const missing = await client.invoke('counter', 'nope').catch((e: unknown) => e);
      t.type(missing, SpawnSdkError);
      t.equal((missing as SpawnSdkError).code, 'SPAWN_ERR_ACTION_NOT_FOUND');
      t.equal((missing as SpawnSdkError).httpStatus, 404);
      t.equal((missing as SpawnSdkError).retryable, false, 'an unknown action is terminal (catalogue)');
      t.match((missing as SpawnSdkError).message, /invocation of counter.nope failed: action 'nope' is not registered/);
      const thrown = await client.invoke('counter', 'fail').catch((e: unknown) => e);
      t.equal((thrown as SpawnSdkError).code, 'SPAWN_ERR_HOST_BAD_RESPONSE');
      t.equal((thrown as SpawnSdkError).retryable, false);
      const down = await new SpawnSystem({ name: 'x', proxyUrl: 'http://127.0.0.1:1' }).invoke('a', 'b').catch((e: unknown) => e);
      t.equal((down as SpawnSdkError).code, 'SPAWN_SDK_PROXY_UNREACHABLE');
      t.equal((down as SpawnSdkError).retryable, true, 'an unreachable proxy may be there later');
    });

    await t.test('workflows from handlers: pipe, broadcast, effect', async (t) => {
      t.same(await client.invoke('counter', 'relay', { payload: 'x' }), { said: { relayed: 'x' }, by: 'counter' });
      t.equal(await client.invoke('counter', 'announce'), 'sent');
      await eventually(async () => (heard.length ? true : undefined));
      t.same(heard, [{ headline: 'hi' }]);
    });

    await t.test('async and unnamed actors', async (t) => {
      t.equal(await client.invoke('counter', 'add', { payload: { by: 10 }, async: true }), undefined);
      await eventually(async () => ((await client.invoke<Counter>('counter', 'get'))?.n === 15 ? true : undefined));
      await client.spawn(['ann', 'bob'], 'user');
      t.equal(await client.invoke('ann', 'add'), 1);
      t.equal(await client.invoke('ann', 'add'), 2);
      t.equal(await client.invoke('bob', 'add'), 1, 'instances keep their own state');
      t.equal(await client.invoke('cid', 'add', { ref: 'user' }), 1, 'ref spawns on first call');
    });
  });
