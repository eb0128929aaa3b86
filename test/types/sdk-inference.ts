/* eslint-disable @typescript-eslint/no-unused-vars -- parameters here exist to have their types checked */
// Type-level test of the SDK's handler inference. Nothing here runs: `npm run build` (and
// so `npm test`) compiles it, and fails if an inferred type changes (the Equal checks) or
// if a wrong handler stops being an error (an unused @ts-expect-error is itself an error).
// The packed-package test (test/sdk/package.test.ts) checks the same through the published
// declarations.
import { SpawnSystem, defineActor, json, protobuf, type ActionContext } from '../../src/sdk';
import { protocol } from '../../src/sdk/protocol';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

interface Counter {
  count: number;
}

const system = new SpawnSystem({ name: 'types' });

// State from the state codec, payload and reply from each action's codecs.
system.define({
  name: 'counter',
  state: json<Counter>(),
  timers: [{ action: 'tick', everyMs: 1000 }],
  channels: [{ topic: 'news', action: 'add' }],
  actions: {
    add: {
      payload: json<{ by: number }>(),
      reply: json<Counter>(),
      handler: ({ state, payload }) => {
        expectType<Equal<typeof state, Counter | undefined>>();
        expectType<Equal<typeof payload, { by: number }>>();
        const next = { count: (state?.count ?? 0) + payload.by };
        return { state: next, value: next };
      },
    },
    // A bare handler: typed state, payload unknown (no codec says what it is).
    tick: ({ state, payload }) => {
      expectType<Equal<typeof state, Counter | undefined>>();
      expectType<Equal<typeof payload, unknown>>();
    },
    wrongPayload: {
      payload: json<{ by: number }>(),
      // @ts-expect-error -- the payload has no 'nope'
      handler: ({ payload }) => ({ value: payload.nope }),
    },
    wrongReply: {
      reply: json<string>(),
      // @ts-expect-error -- the reply must be a string
      handler: () => ({ value: 42 }),
    },
    // @ts-expect-error -- the new state must be a Counter
    wrongState: () => ({ state: { count: 'one' } }),
    undeclaredPayload: ({ payload }) => ({
      // @ts-expect-error -- a bare handler's payload is unknown: declare a payload codec to use it
      value: payload.by,
    }),
    async: {
      payload: json<string>(),
      handler: async ({ payload }) => ({ value: payload.length }),
    },
  },
});

// A parse function both checks the JSON at run time and gives the type.
const parseOrder = (v: unknown): { item: string } => {
  if (typeof v !== 'object' || v === null || typeof (v as { item?: unknown }).item !== 'string') throw new TypeError('not an order');
  return v as { item: string };
};
system.define({
  name: 'orders',
  initialState: { orders: 0 }, // S from initialState when there is no state codec
  actions: {
    place: {
      payload: json(parseOrder),
      handler: ({ state, payload }) => {
        expectType<Equal<typeof state, { orders: number } | undefined>>();
        expectType<Equal<typeof payload, { item: string }>>();
        return { state: { orders: (state?.orders ?? 0) + 1 } };
      },
    },
  },
});

// Protobuf codecs: the state is the message's properties type.
system.define({
  name: 'typed-by-protobuf',
  state: protobuf(protocol.JSONType, 'eigr.functions.protocol.JSONType'),
  actions: {
    set: {
      payload: json<string>(),
      handler: ({ state, payload }) => {
        expectType<Equal<NonNullable<typeof state>['content'], string | null | undefined>>();
        return { state: { content: payload } };
      },
    },
  },
});

system.define({
  name: 'wrong-timer',
  // @ts-expect-error -- timers name one of the actor's actions
  timers: [{ action: 'nope', everyMs: 1000 }],
  actions: { tick: () => {} },
});

// Definitions in a module of their own keep their types.
const greeter = defineActor({
  name: 'greeter',
  stateful: false,
  actions: { greet: { payload: json<{ name: string }>(), reply: json<string>(), handler: ({ payload }) => ({ value: `hi ${payload.name}` }) } },
});
system.define(greeter);

// Handlers written apart from a definition take the context type.
export const standalone = (ctx: ActionContext<Counter, { by: number }>): number => (ctx.state?.count ?? 0) + ctx.payload.by;
