// Bad input and failing hosts: every error carries a protobuf RequestStatus naming the
// problem, nothing crashes, and a failed invocation leaves the actor's state as it was.
import t from 'tap';
import { Status, protocol } from '../../src/hotpath/codec';
import { actor, get, invoke, invocationRequest, post, register, startHost, startProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'errors-sys';

t.test('bad requests', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port), PROXY_MAX_BODY_BYTES: '65536' });
  await register(proxy, SYS, [actor('counter', { actions: ['add', 'throw', 'garbage', 'nocontext', 'hang'] })]);
  const invokeUrl = `${proxy.url}/api/v1/system/${SYS}/actors/counter/invoke`;
  const status = (body: Buffer): { status: number; message: string } => {
    const s = protocol.InvocationResponse.decode(body).status;
    return { status: s?.status ?? 0, message: s?.message ?? '' };
  };

  await t.test('unknown action fails at once, naming the registered ones', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'counter', action: 'nope' });
    t.equal(r.status, 404);
    t.equal(r.response.status?.status, Status.ERROR);
    t.match(r.response.status?.message, /SPAWN_ERR_ACTION_NOT_FOUND: action 'nope' is not registered for actor 'counter'/);
    t.match(r.response.status?.message, /registered: add, throw/);
  });

  await t.test('unknown actor and unknown system fail at once', async (t) => {
    const a = await invoke(proxy, { system: SYS, actor: 'ghost', action: 'add' });
    t.equal(a.status, 404);
    t.match(a.response.status?.message, /SPAWN_ERR_ACTOR_NOT_FOUND: actor 'ghost' is not registered in system 'errors-sys'/);
    const s = await invoke(proxy, { system: 'no-such-system', actor: 'counter', action: 'add' });
    t.match(s.response.status?.message, /SPAWN_ERR_SYSTEM_NOT_FOUND: actor system 'no-such-system'/);
  });

  await t.test('malformed protobuf is 400 with a protobuf error body', async (t) => {
    const r = await post(invokeUrl, Buffer.from([0x0a, 0xff, 0x01, 0x02]));
    t.equal(r.status, 400);
    t.equal(r.headers['content-type'], 'application/octet-stream');
    const s = status(r.body);
    t.equal(s.status, Status.ERROR);
    t.match(s.message, /SPAWN_ERR_BAD_PROTOBUF: body is not a valid InvocationRequest/);
    const reg = await post(`${proxy.url}/api/v1/system`, Buffer.from([0xff, 0xff, 0xff]));
    t.equal(reg.status, 400);
    t.match(protocol.RegistrationResponse.decode(reg.body).status?.message, /not a valid RegistrationRequest/);
  });

  await t.test('a body over PROXY_MAX_BODY_BYTES is 413', async (t) => {
    const big = protocol.InvocationRequest.encode(
      invocationRequest({ system: SYS, actor: 'counter', action: 'add', value: { type_url: 'x', value: Buffer.alloc(100_000) } }),
    ).finish();
    const r = await post(invokeUrl, big);
    t.equal(r.status, 413);
    t.match(status(r.body).message, /SPAWN_ERR_BODY_TOO_LARGE: request body of \d+ bytes exceeds PROXY_MAX_BODY_BYTES \(65536 bytes\)/);
  });

  // A streamed body far over the limit: the client must read the 413, not a reset (closing a
  // socket with unread input resets it, and the client then sees EPIPE/ECONNRESET instead).
  for (const framing of ['chunked', 'content-length'] as const) {
    await t.test(`a streamed ${framing} body of 4 MiB is answered 413, and the client reads it`, async (t) => {
      const { request: httpRequest } = await import('node:http');
      const total = 4 * 1024 * 1024;
      const answer = await new Promise<{ status: number; body: Buffer } | Error>((resolve) => {
        const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
        if (framing === 'content-length') headers['content-length'] = String(total);
        const req = httpRequest(invokeUrl, { method: 'POST', headers }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (d: Buffer) => parts.push(d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts) }));
          res.on('error', resolve);
        });
        req.on('error', resolve);
        const chunk = Buffer.alloc(64 * 1024, 1);
        let sent = 0;
        const pump = (): void => {
          while (sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) {
              req.once('drain', pump);
              return;
            }
          }
          req.end();
        };
        pump();
      });
      if (answer instanceof Error) {
        t.fail(`the client got ${(answer as NodeJS.ErrnoException).code ?? ''} ${answer.message} instead of the 413`);
        return;
      }
      t.equal(answer.status, 413);
      t.match(status(answer.body).message, /SPAWN_ERR_BODY_TOO_LARGE/);
    });
  }

  await t.test('a wrong content type is 415', async (t) => {
    const body = protocol.InvocationRequest.encode(invocationRequest({ system: SYS, actor: 'counter', action: 'add' })).finish();
    const r = await post(invokeUrl, body, { 'content-type': 'application/json' });
    t.equal(r.status, 415);
    t.match(status(r.body).message, /SPAWN_ERR_UNSUPPORTED_MEDIA_TYPE: Content-Type 'application\/json' is not accepted/);
    const ok = await post(invokeUrl, body, { 'content-type': 'application/protobuf' });
    t.equal(ok.status, 200, 'application/protobuf is accepted');
  });

  await t.test('bad request-timeout metadata is refused', async (t) => {
    const r = await invoke(proxy, { system: SYS, actor: 'counter', action: 'add', metadata: { 'request-timeout': 'soon' } });
    t.equal(r.status, 400);
    t.match(r.response.status?.message, /metadata 'request-timeout' must be a positive integer of milliseconds \(got 'soon'\)/);
  });

  await t.test('unknown routes and methods answer clearly', async (t) => {
    const r = await get(`${proxy.url}/api/v1/nothing`);
    t.equal(r.status, 404);
    t.match(status(r.body).message, /SPAWN_ERR_ROUTE_NOT_FOUND: no route for GET \/api\/v1\/nothing/);
    const m = await get(invokeUrl);
    t.equal(m.status, 405);
    t.match(status(m.body).message, /SPAWN_ERR_METHOD_NOT_ALLOWED: GET .* use POST/);
  });

  await t.test('host failures fail the call and leave state as it was', async (t) => {
    const before = await invoke(proxy, { system: SYS, actor: 'counter', action: 'add', value: jsonAny({ by: 5 }) });
    const thrown = await invoke(proxy, { system: SYS, actor: 'counter', action: 'throw' });
    t.equal(thrown.status, 502);
    t.match(
      thrown.response.status?.message,
      /SPAWN_ERR_HOST_BAD_RESPONSE: host at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/actors\/actions answered HTTP 400 with an empty body \(the action handler most likely threw\)/,
    );
    const garbage = await invoke(proxy, { system: SYS, actor: 'counter', action: 'garbage' });
    t.equal(garbage.status, 502);
    t.match(garbage.response.status?.message, /answered HTTP 200 with \d+ bytes that are not an ActorInvocationResponse/);
    const noContext = await invoke(proxy, { system: SYS, actor: 'counter', action: 'nocontext' });
    t.match(noContext.response.status?.message, /without updated_context; the actor's state is left as it was/);
    const hang = await invoke(proxy, { system: SYS, actor: 'counter', action: 'hang', metadata: { 'request-timeout': '300' } });
    t.equal(hang.status, 504);
    t.match(hang.response.status?.message, /SPAWN_ERR_DEADLINE_EXCEEDED/);
    const state = await invoke(proxy, { system: SYS, actor: 'counter', action: 'get' });
    t.same(fromJsonAny(state.response.value), fromJsonAny(before.response.value), 'state unchanged by the failures');
    t.ok(fromJsonAny(before.response.value), 'there was a state to keep');
    t.equal(proxy.proc.exitCode, null, 'the proxy is still running');
    const metrics = (await get(`${proxy.url}/metrics`)).body.toString();
    t.match(metrics, /^spawn_host_errors_total\{code="SPAWN_ERR_HOST_BAD_RESPONSE"\} 3$/m, 'the three bad host answers are counted');
  });
});

t.test('a host that is down', async (t) => {
  // A port nobody listens on: start a host, learn its port, stop it.
  const gone = await startHost(t);
  const port = gone.port;
  await gone.stop();
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(port) });
  await register(proxy, SYS, [actor('counter', { stateful: false })]);
  const r = await invoke(proxy, { system: SYS, actor: 'counter', action: 'add' });
  t.equal(r.status, 502);
  t.equal(r.response.status?.status, Status.ERROR);
  t.match(
    r.response.status?.message,
    new RegExp(`SPAWN_ERR_HOST_UNAVAILABLE: host at http://127\\.0\\.0\\.1:${port}/api/v1/actors/actions is unreachable \\(ECONNREFUSED`),
  );
  const again = await invoke(proxy, { system: SYS, actor: 'counter', action: 'get' });
  t.equal(again.response.status?.status, Status.OK, 'the proxy keeps serving after host errors');
  t.match(
    (await get(`${proxy.url}/metrics`)).body.toString(),
    /^spawn_host_errors_total\{code="SPAWN_ERR_HOST_UNAVAILABLE"\} 1$/m,
    'the failed host call is counted',
  );
});
