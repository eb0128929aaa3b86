// The HTTP activator: routes mapped to actor actions, answered synchronously with the
// invocation's value, errors as the proxy's HTTP status with a JSON error.
import t from 'tap';
import { request } from 'undici';
import { actor, register, startHost, startProxy } from '../support/harness';
import { freePort, startActivator } from './support';

const SYS = 'act-http';

async function post(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  method = 'POST',
): Promise<{ status: number; type: string; body: string }> {
  const r = await request(url, { method: method as 'POST', headers, body });
  return { status: r.statusCode, type: String(r.headers['content-type'] ?? ''), body: await r.body.text() };
}

t.test("a webhook route: path parameter names the actor, the reply is the invocation's value", async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('acct-1', { actions: ['record', 'echo', 'throw'] })]);
  const act = await startActivator(t, {
    SPAWN_PROXY_URL: proxy.url,
    SPAWN_ACTIVATOR_TYPE: 'http',
    SPAWN_ACTIVATOR_SYSTEM: SYS,
    SPAWN_ACTIVATOR_HTTP_PATH: '/hooks/:account',
    SPAWN_ACTIVATOR_ACTOR_FROM: 'account',
    SPAWN_ACTIVATOR_ACTION: 'record',
  });
  const base = `http://127.0.0.1:${act.port}`;
  const r1 = await post(`${base}/hooks/acct-1`, JSON.stringify({ id: 'h1' }), { 'content-type': 'application/json', 'x-tenant': 'blue' });
  t.equal(r1.status, 200);
  t.match(r1.type, /application\/json/);
  t.same(JSON.parse(r1.body), { id: 'h1', times: 1 }, 'the body is the value the actor answered');
  const r2 = await post(`${base}/hooks/acct-1`, JSON.stringify({ id: 'h1' }));
  t.same(JSON.parse(r2.body), { id: 'h1', times: 2 }, "synchronous: the second call sees the first one's state");
  const call = (await host.calls()).find((c) => c.action === 'record')!;
  t.equal(call.metadata['x-tenant'], 'blue', 'request headers travel as metadata');
  t.equal(call.metadata.authorization, undefined);

  const notJson = await post(`${base}/hooks/acct-1`, 'not json');
  t.equal(notJson.status, 400);
  t.equal(JSON.parse(notJson.body).error.code, 'SPAWN_ERR_BAD_REQUEST', 'a body that is not JSON is refused, naming why');
  const unknown = await post(`${base}/hooks/nobody`, '{}');
  t.equal(unknown.status, 404);
  t.equal(JSON.parse(unknown.body).error.code, 'SPAWN_ERR_ACTOR_NOT_FOUND', "the proxy's error, with its status");
  t.equal((await post(`${base}/hooks/acct-1`, '{}', {}, 'PUT')).status, 405, 'another method of the route: 405');
  t.equal((await post(`${base}/elsewhere`, '{}')).status, 404, 'no such route: 404');
  t.equal(await act.metric('spawn_activator_messages_received_total'), 4, 'requests that reached a route are counted');
  t.equal(
    await act.metric('spawn_activator_invocations_total', { result: 'error' }),
    1,
    'the one failed invocation is counted (the bad body never became one)',
  );

  await proxy.stop('SIGKILL');
  const down = await post(`${base}/hooks/acct-1`, JSON.stringify({ id: 'h2' }));
  t.equal(down.status, 502, 'the proxy down: 502');
  t.equal(JSON.parse(down.body).error.code, 'SPAWN_SDK_PROXY_UNREACHABLE');
});

t.test('an Activator resource (Spawn HEAD shape): two routes, one taking CloudEvents', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('acct-2', { actions: ['record', 'echo'] }), actor('router', { actions: ['echo'] })]);
  const port = await freePort();
  const resource = {
    apiVersion: 'spawn-eigr.io/v1',
    kind: 'Activator',
    metadata: { name: 'webhooks', annotations: { 'spawn-eigr.io/actor-system': SYS } },
    spec: {
      activator: { type: 'api', settings: { port } },
      bindings: {
        sources: [
          { name: 'echo', path: '/echo', method: 'POST' },
          { name: 'events', url: 'http://ignored.example/events', payload: { encoding: 'cloudevent' } },
        ],
        sinks: [
          { name: 'router', actor: 'router', action: 'echo', binding: [{ name: 'echo' }] },
          { name: 'by-event', binding: [{ name: 'events' }] },
        ],
      },
    },
  };
  const act = await startActivator(t, { SPAWN_PROXY_URL: proxy.url, SPAWN_ACTIVATOR_SPEC: JSON.stringify(resource), SPAWN_ACTIVATOR_HTTP_PORT: '' });
  t.equal(act.port, port, "an HTTP activator listens on its settings' port");
  const base = `http://127.0.0.1:${port}`;
  const echo = await post(`${base}/echo`, JSON.stringify({ hello: 'world' }));
  t.same(JSON.parse(echo.body), { hello: 'world' });
  const ce = await post(
    `${base}/events`,
    JSON.stringify({ specversion: '1.0', id: 'acct-2', source: 'record', type: 'com.example.recorded', data: { id: 'ce-1' } }),
    { 'content-type': 'application/cloudevents+json' },
  );
  t.equal(ce.status, 200, ce.body);
  t.same(
    JSON.parse(ce.body),
    { id: 'ce-1', times: 1 },
    "a CloudEvent: its id names the actor, its source the action, its data is the payload (Spawn's mapping)",
  );
  const binary = await post(`${base}/events`, JSON.stringify({ id: 'ce-2' }), {
    'content-type': 'application/json',
    'ce-specversion': '1.0',
    'ce-id': 'acct-2',
    'ce-source': 'record',
    'ce-type': 't',
  });
  t.same(JSON.parse(binary.body), { id: 'ce-2', times: 1 }, 'binary mode (ce-* headers) too');
  const call = (await host.calls()).find((c) => c.action === 'record')!;
  t.equal(call.metadata['ce-type'], 'com.example.recorded', 'CloudEvent attributes travel as metadata');
});
