// A TypeScript host with the SDK: a counter, and a small workflow (an order that pipes
// its receipt through a formatter and tells an auditor as a side effect).
// Run: npm run build && node dist/examples/typescript-host/host.js  (with the proxy on 9001)
import { SpawnSystem, json } from '../../src/sdk';

async function main(): Promise<void> {
  const system = new SpawnSystem({ name: 'shop' });
  system
    .define<{ count: number }>({
      name: 'counter',
      state: json(),
      actions: {
        add: ({ state, payload }: { state: { count: number } | undefined; payload: { by?: number } }) => {
          const next = { count: (state?.count ?? 0) + (payload?.by ?? 1) };
          return { state: next, value: next };
        },
      },
    })
    .define<{ orders: number }>({
      name: 'orders',
      actions: {
        place: ({ state, payload }: { state: { orders: number } | undefined; payload: { item: string } }) => ({
          state: { orders: (state?.orders ?? 0) + 1 },
          value: { item: payload.item, number: (state?.orders ?? 0) + 1 },
          workflow: {
            effects: [{ actor: 'auditor', action: 'record', payload: { item: payload.item } }],
            pipe: { actor: 'formatter', action: 'receipt' },
          },
        }),
      },
    })
    .define({
      name: 'formatter',
      stateful: false,
      actions: { receipt: ({ payload }: { payload: { item: string; number: number } }) => ({ value: `order #${payload.number}: ${payload.item}` }) },
    })
    .define<{ seen: string[] }>({
      name: 'auditor',
      actions: { record: ({ state, payload }: { state: { seen: string[] } | undefined; payload: { item: string } }) => ({ state: { seen: [...(state?.seen ?? []), payload.item] } }) },
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
