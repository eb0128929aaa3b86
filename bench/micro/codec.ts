// Micro benchmark: the hot-path encoders (src/hotpath/codec/hot-encoders.ts) against
// protobufjs, on the messages one invocation of the load test encodes (200 B payload).
//   npm run build && node dist/bench/micro/codec.js
import { performance } from 'node:perf_hooks';
import { channel, protocol } from '../../src/hotpath/codec';
import { encodeActorInvocation, encodeInvocationFrame, encodeInvocationResponse } from '../../src/hotpath/codec/hot-encoders';

const payload = { type_url: 'type.googleapis.com/bench.Payload', value: Buffer.alloc(200, 7) };
const id = { name: 'a17', system: 'bench' };
const invocation = { actor: id, actionName: 'echo', currentContext: { metadata: {}, tags: {}, self: id }, value: payload };
const response = { status: { status: 1 }, system: { name: 'bench' }, actor: { id }, value: payload };

function nsPerOp(fn: () => unknown): number {
  for (let i = 0; i < 200_000; i++) fn();
  const n = 1_000_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - start) * 1e6) / n;
}

const cases: Array<[string, () => unknown, () => unknown]> = [
  ['ActorInvocation (to an HTTP host)', () => protocol.ActorInvocation.encode(invocation).finish(), () => encodeActorInvocation(invocation)],
  ['Frame{invocation} (to a channel host)', () => channel.Frame.encode({ id: 123_456, invocation }).finish(), () => encodeInvocationFrame(123_456, invocation)],
  ['InvocationResponse (to the caller)', () => protocol.InvocationResponse.encode(response).finish(), () => encodeInvocationResponse(response)],
];
const lines = ['| message | protobufjs ns | hot encoder ns | speed-up |', '|---|---:|---:|---:|'];
for (const [name, pbjs, hot] of cases) {
  const a = nsPerOp(pbjs);
  const b = nsPerOp(hot);
  lines.push(`| ${name} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(1)}x |`);
}
process.stdout.write(lines.join('\n') + '\n');
