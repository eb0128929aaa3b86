// An SDK host in its own process, for channel fault tests. Env: PROXY_URL, MAX_IN_FLIGHT.
// Prints {"event":"listening","port":0} once registered over the host channel.
import { SpawnSystem, json } from '../../src/sdk';

const system = new SpawnSystem({
  name: process.env.SYSTEM ?? 'fault-sys',
  proxyUrl: process.env.PROXY_URL!,
  maxInFlight: Number(process.env.MAX_IN_FLIGHT ?? 256),
});
system.define({
  name: 'counter',
  state: json<{ n: number }>(),
  actions: {
    add: ({ state }) => ({ state: { n: (state?.n ?? 0) + 1 }, value: (state?.n ?? 0) + 1 }),
    /** Replies with the invocation metadata the host received (trace context tests). */
    meta: ({ state, metadata }) => ({ state: { n: state?.n ?? 0 }, value: metadata }),
    slow: {
      payload: json<{ ms: number }>(),
      handler: async ({ state, payload }) => {
        await new Promise((r) => setTimeout(r, payload.ms));
        return { state: { n: (state?.n ?? 0) + 1 }, value: 'slow done' };
      },
    },
  },
});
system.start().then(
  () => process.stdout.write(JSON.stringify({ event: 'listening', port: 0, transport: system.transport }) + '\n'),
  (err: Error) => {
    process.stderr.write(`sdk-host failed to start: ${err.message}\n`);
    process.exit(1);
  },
);
process.on('SIGTERM', () => process.exit(0));
