// A TypeScript host with the SDK: a counter, and a small workflow (an order that pipes
// its receipt through a formatter and tells an auditor as a side effect).
// Run: npm run build && node dist/examples/typescript-host/host.js  (with the proxy on 9001)
//
// No handler is annotated: state types come from each actor's `state` codec, payload and
// reply types from each action's `payload`/`reply` codecs (json<T>() declares a JSON type).
// Inside this checkout 'spawn-proxy/sdk' is the package itself (tsconfig.json `paths` for
// the compiler, package.json `exports` for Node), as it is for a program that installed it.
import { SpawnSystem, json } from 'spawn-proxy/sdk';

interface Order {
  item: string;
}
interface Receipt extends Order {
  number: number;
}

async function main(): Promise<void> {
  const system = new SpawnSystem({ name: 'shop' });
  system
    .define({
      name: 'counter',
      state: json<{ count: number }>(),
      actions: {
        add: {
          payload: json<{ by?: number } | undefined>(),
          handler: ({ state, payload }) => {
            const next = { count: (state?.count ?? 0) + (payload?.by ?? 1) };
            return { state: next, value: next };
          },
        },
      },
    })
    .define({
      name: 'orders',
      state: json<{ orders: number }>(),
      actions: {
        place: {
          payload: json<Order>(),
          reply: json<Receipt>(),
          handler: ({ state, payload }) => ({
            state: { orders: (state?.orders ?? 0) + 1 },
            value: { item: payload.item, number: (state?.orders ?? 0) + 1 },
            workflow: {
              effects: [{ actor: 'auditor', action: 'record', payload: { item: payload.item } }],
              pipe: { actor: 'formatter', action: 'receipt' },
            },
          }),
        },
      },
    })
    .define({
      name: 'formatter',
      stateful: false,
      actions: {
        receipt: { payload: json<Receipt>(), reply: json<string>(), handler: ({ payload }) => ({ value: `order #${payload.number}: ${payload.item}` }) },
      },
    })
    .define({
      name: 'auditor',
      state: json<{ seen: string[] }>(),
      actions: {
        record: { payload: json<Order>(), handler: ({ state, payload }) => ({ state: { seen: [...(state?.seen ?? []), payload.item] } }) },
      },
    });
  await system.start();
  console.log(`registered over ${system.transport}`);
  console.log(await system.invoke('counter', 'add', { payload: { by: 2 } }));
  console.log(await system.invoke('orders', 'place', { payload: { item: 'tea' } }));
  await new Promise((r) => setTimeout(r, 200));
  console.log(await system.invoke('auditor', 'get_state'));
  if (process.env.EXIT_AFTER_DEMO) {
    await system.stop();
    return;
  }
  console.log('serving the actors; Ctrl-C to stop');
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
