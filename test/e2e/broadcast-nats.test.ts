// Broadcasts over a real nats-server (127.0.0.1:4222): between two proxy processes of one
// system, and to/from programs outside the actor system. Subjects are unique per run.
import { randomUUID } from 'node:crypto';
import { connect, headers } from '@nats-io/transport-node';
import t from 'tap';
import { protocol } from '../../src/hotpath/codec';
import { actor, eventually, invoke, register, startHost, startProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const WF = ['workflow', 'listen', 'echo'];

t.test('broadcast over NATS', async (t) => {
  const prefix = `spawntest${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const SYS = 'news.room'; // a dot: percent-encoded in the subject
  const env = { SPAWN_PUBSUB_ADAPTER: 'nats', SPAWN_PUBSUB_NATS_HOSTS: 'nats://127.0.0.1:4222', SPAWN_PUBSUB_NATS_PREFIX: prefix };
  const host1 = await startHost(t);
  const host2 = await startHost(t);
  const p1 = await startProxy(t, { ...env, USER_FUNCTION_PORT: String(host1.port) });
  const p2 = await startProxy(t, { ...env, USER_FUNCTION_PORT: String(host2.port) });
  await register(p1, SYS, [
    actor('publisher', { stateful: false, actions: WF }),
    actor('sub1', { stateful: false, actions: WF, channels: [{ topic: 'alerts', action: 'listen' }] }),
  ]);
  await register(p2, SYS, [actor('sub2', { stateful: false, actions: WF, channels: [{ topic: 'alerts', action: 'listen' }] })]);

  const nc = await connect({ servers: '127.0.0.1:4222' });
  t.teardown(() => nc.close());
  const subject = `${prefix}.news%2Eroom.broadcast.alerts`;
  const seen: Array<{ note: unknown; caller: string | undefined }> = [];
  const sub = nc.subscribe(subject);
  void (async () => {
    for await (const m of sub) {
      try {
        const b = protocol.Broadcast.decode(m.data);
        seen.push({ note: fromJsonAny<{ note: string }>(b.value)?.note, caller: m.headers?.get('Spawn-Caller-Name') });
      } catch {
        // the malformed message this test publishes on purpose
      }
    }
  })();
  await nc.flush();

  await t.test('an actor broadcast reaches subscribers on both proxies and outside consumers', async (t) => {
    await invoke(p1, {
      system: SYS,
      actor: 'publisher',
      action: 'workflow',
      value: jsonAny({ workflow: { broadcast: { topic: 'alerts', payload: { note: 'fire' } } } }),
    });
    const c1 = await eventually(async () => (await host1.calls()).find((c) => c.actor === 'sub1' && c.action === 'listen'));
    const c2 = await eventually(async () => (await host2.calls()).find((c) => c.actor === 'sub2' && c.action === 'listen'));
    t.equal(c1.caller, 'publisher');
    t.equal(c2.caller, 'publisher', 'the caller crosses proxies');
    t.same(c2.payload, { note: 'fire' });
    const ext = await eventually(async () => (seen.length ? seen[0] : undefined));
    t.same(ext, { note: 'fire', caller: 'publisher' }, 'an outside NATS subscriber sees the Broadcast message');
    await new Promise((r) => setTimeout(r, 300));
    t.equal((await host1.calls()).filter((c) => c.actor === 'sub1' && c.action === 'listen').length, 1, 'delivered once per subscriber');
  });

  await t.test('an outside program can broadcast into a channel', async (t) => {
    const h = headers();
    h.set('Spawn-Action', 'echo');
    nc.publish(subject, protocol.Broadcast.encode({ channelGroup: 'alerts', value: jsonAny({ note: 'from outside' }) }).finish(), { headers: h });
    const c1 = await eventually(async () => (await host1.calls()).find((c) => c.actor === 'sub1' && c.action === 'echo'));
    const c2 = await eventually(async () => (await host2.calls()).find((c) => c.actor === 'sub2' && c.action === 'echo'));
    t.same(c1.payload, { note: 'from outside' });
    t.equal(c2.caller, null, 'no actor caller for an outside publisher');
    nc.publish(subject, Buffer.from([0xff, 0xff, 0xff]));
    await nc.flush();
    const alive = await invoke(p2, { system: SYS, actor: 'sub2', action: 'get' });
    t.equal(alive.status, 200, 'a malformed outside message is ignored; the proxy keeps serving');
  });
});
