// The fake API server follows the API conventions the operator relies on; if it did not, the
// operator's tests against it would prove nothing. Plain HTTP here, no operator code.
import t from 'tap';
import { startFakeApi } from './support';
import type { FakeApiServer, Obj } from './fake-apiserver';

async function call(server: FakeApiServer, method: string, path: string, body?: unknown, contentType = 'application/json') {
  const res = await fetch(`http://127.0.0.1:${server.port}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, ...(body ? { 'content-type': contentType } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Obj };
}

const cm = (name: string, data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });
const CM = '/api/v1/namespaces/ns/configmaps';

t.test('create: 201, then 409 AlreadyExists; no token: 401', async (t) => {
  const { server } = await startFakeApi(t);
  t.equal((await call(server, 'POST', CM, cm('a', { k: 'v' }))).status, 201);
  const again = await call(server, 'POST', CM, cm('a', { k: 'v' }));
  t.equal(again.status, 409);
  t.equal(again.body.reason, 'AlreadyExists');
  const res = await fetch(`http://127.0.0.1:${server.port}${CM}`);
  t.equal(res.status, 401, 'requests without the bearer token are refused');
});

t.test('update with a stale resourceVersion: 409 Conflict; a no-op write keeps the resourceVersion', async (t) => {
  const { server } = await startFakeApi(t);
  const created = (await call(server, 'POST', CM, cm('a', { k: '1' }))).body;
  const first = await call(server, 'PUT', `${CM}/a`, { ...created, data: { k: '2' } });
  t.equal(first.status, 200);
  t.not(first.body.metadata.resourceVersion, created.metadata.resourceVersion);
  const stale = await call(server, 'PUT', `${CM}/a`, { ...created, data: { k: '3' } });
  t.equal(stale.status, 409);
  t.equal(stale.body.reason, 'Conflict');
  const same = await call(server, 'PATCH', `${CM}/a?fieldManager=m`, cm('a', { k: '2' }), 'application/apply-patch+yaml');
  t.equal(same.body.metadata.resourceVersion, first.body.metadata.resourceVersion, 'applying what is there writes nothing');
});

t.test('generation moves with the spec, not with status; /status writes only status', async (t) => {
  const { server } = await startFakeApi(t);
  const path = '/apis/spawn-eigr.io/v1/namespaces/ns/actorsystems';
  const obj = { apiVersion: 'spawn-eigr.io/v1', kind: 'ActorSystem', metadata: { name: 's' }, spec: { a: 1 }, status: { x: 1 } };
  const created = (await call(server, 'POST', path, obj)).body;
  t.equal(created.metadata.generation, 1);
  t.notOk(created.status, 'status is not set by a create');
  const st = await call(server, 'PATCH', `${path}/s/status`, { status: { ok: true }, spec: { a: 9 } }, 'application/merge-patch+json');
  t.same(st.body.status, { ok: true });
  t.same(st.body.spec, { a: 1 }, 'a write to /status leaves the spec');
  t.equal(st.body.metadata.generation, 1);
  const sp = await call(server, 'PATCH', `${path}/s`, { spec: { a: 2 }, status: { ok: false } }, 'application/merge-patch+json');
  t.equal(sp.body.metadata.generation, 2);
  t.same(sp.body.status, { ok: true }, 'a write to the object leaves the status');
});

t.test('watch: replays after a resourceVersion; too old: ERROR 410', async (t) => {
  const { server } = await startFakeApi(t);
  const rv = (await call(server, 'GET', CM)).body.metadata.resourceVersion;
  await call(server, 'POST', CM, cm('a', {}));
  const ac = new AbortController();
  const res = await fetch(`http://127.0.0.1:${server.port}${CM}?watch=true&resourceVersion=${rv}`, {
    headers: { authorization: `Bearer ${server.token}` },
    signal: ac.signal,
  });
  const reader = res.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  t.match(JSON.parse(first.split('\n')[0]!), { type: 'ADDED', object: { metadata: { name: 'a' } } });
  ac.abort();
  server.compact();
  const old = await fetch(`http://127.0.0.1:${server.port}${CM}?watch=true&resourceVersion=${rv}`, { headers: { authorization: `Bearer ${server.token}` } });
  const line = JSON.parse((await old.text()).trim());
  t.equal(line.type, 'ERROR');
  t.equal(line.object.code, 410);
});

t.test('deleting an owner deletes its dependents (garbage collector)', async (t) => {
  const { server } = await startFakeApi(t);
  const owner = (await call(server, 'POST', CM, cm('owner', {}))).body;
  const dep = {
    ...cm('dep', {}),
    metadata: { name: 'dep', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid, controller: true }] },
  };
  await call(server, 'POST', CM, dep);
  await call(server, 'POST', CM, cm('other', {}));
  t.equal((await call(server, 'DELETE', `${CM}/owner`)).status, 200);
  await new Promise((r) => setImmediate(r));
  t.notOk(server.get('configmaps', 'ns', 'dep'), 'the dependent is gone');
  t.ok(server.get('configmaps', 'ns', 'other'), 'an unrelated object stays');
  t.equal((await call(server, 'DELETE', `${CM}/owner`)).status, 404);
});
