// Traces across a cluster: a call forwarded to another member on NATS continues the
// caller's trace there (NATS header traceparent), down to that member's host.
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { actor, eventually, get, register, startHost, startProxy } from '../support/harness';
import { invokeWithHeader, newSpanId, newTraceId, spansOf, startReceiver } from '../support/otlp-receiver';

const SYS = 'trace-sys';

t.test('a call forwarded to another member continues the trace there (NATS header traceparent)', async (t) => {
  const receiver = await startReceiver(t);
  const prefix = `trace${process.pid}${randomBytes(3).toString('hex')}`;
  const names = Array.from({ length: 16 }, (_, i) => `f${i}`);
  const members = [];
  for (const name of ['member-a', 'member-b']) {
    const host = await startHost(t);
    const proxy = await startProxy(t, {
      USER_FUNCTION_PORT: String(host.port),
      PROXY_CLUSTER_STRATEGY: 'nats',
      PROXY_CLUSTER_PREFIX: prefix,
      PROXY_CLUSTER_MEMBER_NAME: name,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: name,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    members.push({ host, proxy });
  }
  for (const m of members)
    await register(
      m.proxy,
      SYS,
      names.map((n) => actor(n, { stateful: false, actions: ['add'] })),
    );
  const [a, b] = members as [(typeof members)[0], (typeof members)[0]];
  // member-a sees member-b and what its host registered before calls go in at member-a.
  await eventually(async () => {
    const c = JSON.parse((await get(`${a.proxy.url}/api/v1/cluster`)).body.toString()) as { members: Array<{ systems: Record<string, string[]> }> };
    return c.members.length === 2 && c.members.every((x) => x.systems[SYS]?.length === names.length) ? true : undefined;
  }, 10_000);
  const traces = new Map<string, string>();
  for (const n of names) {
    const traceId = newTraceId();
    traces.set(n, traceId);
    const res = await invokeWithHeader(a.proxy, { system: SYS, actor: n, action: 'add' }, { traceparent: `00-${traceId}-${newSpanId()}-01` });
    t.equal(res.status, 200, `${n} answered`);
  }
  const atB = (await b.host.calls()).filter((c) => c.action === 'add');
  t.ok(atB.length > 0, `some calls ran on member-b (${atB.length} of ${names.length})`);
  const call = atB[0]!;
  const traceId = traces.get(call.actor)!;
  const spans = await spansOf(receiver.spans, traceId, ['spawn.invoke', 'spawn.invoke', 'spawn.forward', 'spawn.host.call']);
  const forward = spans.find((s) => s.name === 'spawn.forward')!;
  t.equal(forward.service, 'member-a', 'the forward span is member-a’s');
  t.equal(spans.find((s) => s.spanId === forward.parentSpanId)?.name, 'spawn.invoke', 'under its invocation span');
  const remote = spans.find((s) => s.name === 'spawn.invoke' && s.service === 'member-b')!;
  t.equal(remote.parentSpanId, forward.spanId, "member-b's invocation span is a child of the forward span");
  const hostCall = spans.find((s) => s.name === 'spawn.host.call')!;
  t.equal(hostCall.service, 'member-b');
  t.equal(call.headers.traceparent, `00-${traceId}-${hostCall.spanId}-01`, "member-b's host gets the trace");
});
