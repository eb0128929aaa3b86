// A local HTTP server implementing the part of the Kubernetes API the operator uses, written
// from the API conventions (https://kubernetes.io/docs/reference/using-api/api-concepts/), not
// from the operator's code:
// - one resourceVersion counter for all objects; every write bumps it, a write that changes
//   nothing does not (as the API server skips no-op updates);
// - list (labelSelector equality terms) returns the collection's resourceVersion; watch from a
//   resourceVersion replays the events after it, then streams; a version older than the
//   retained history answers an ERROR event with a 410 Status (Expired) and closes the stream;
// - create (409 AlreadyExists), update with a stale resourceVersion (409 Conflict), merge
//   patch, server-side apply (application/apply-patch+yaml with a fieldManager; see below),
//   delete; metadata.generation moves when anything but metadata and status changes;
// - the status subresource: writes to the object ignore status, writes to /status touch only
//   status;
// - the garbage collector (a controller in a real cluster): deleting an object deletes, in the
//   background, every object whose ownerReferences name its uid; an object written with owner
//   references none of which exists any more (a controller that raced the delete) goes too.
// Apply is modelled for one field manager per object (how the operator uses it): the applied
// configuration replaces the object's spec-like fields, labels, annotations and owner references.
// Not modelled: field ownership between managers, defaulting, admission, discovery, pagination.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Obj = Record<string, any>;

interface ResourceDef {
  group: string;
  version: string;
  kind: string;
  plural: string;
  status: boolean;
}

const DEFS: ResourceDef[] = [
  { group: '', version: 'v1', kind: 'ConfigMap', plural: 'configmaps', status: false },
  { group: '', version: 'v1', kind: 'Secret', plural: 'secrets', status: false },
  { group: '', version: 'v1', kind: 'ServiceAccount', plural: 'serviceaccounts', status: false },
  { group: '', version: 'v1', kind: 'Service', plural: 'services', status: true },
  { group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', status: true },
  { group: 'autoscaling', version: 'v2', kind: 'HorizontalPodAutoscaler', plural: 'horizontalpodautoscalers', status: true },
  { group: 'policy', version: 'v1', kind: 'PodDisruptionBudget', plural: 'poddisruptionbudgets', status: true },
  { group: 'rbac.authorization.k8s.io', version: 'v1', kind: 'Role', plural: 'roles', status: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', kind: 'RoleBinding', plural: 'rolebindings', status: false },
  { group: 'coordination.k8s.io', version: 'v1', kind: 'Lease', plural: 'leases', status: false },
  { group: 'spawn-eigr.io', version: 'v1', kind: 'ActorSystem', plural: 'actorsystems', status: true },
  { group: 'spawn-eigr.io', version: 'v1', kind: 'ActorHost', plural: 'actorhosts', status: true },
  { group: 'spawn-eigr.io', version: 'v1', kind: 'Activator', plural: 'activators', status: true },
];

const apiVersionOf = (d: ResourceDef): string => (d.group ? `${d.group}/${d.version}` : d.version);

export interface RequestRecord {
  method: string;
  path: string;
  query: string;
  contentType: string;
  userAgent: string;
  status: number;
  at: number;
}

interface Event {
  rv: number;
  plural: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: Obj;
}

interface Watcher {
  plural: string;
  namespace?: string;
  selector: Array<[string, string]>;
  res: http.ServerResponse;
}

const clone = <T>(v: T): T => structuredClone(v);

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Obj)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Obj)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Everything but metadata and status: what moves metadata.generation. */
function specPart(o: Obj): string {
  const rest = { ...o };
  for (const k of ['metadata', 'status', 'apiVersion', 'kind']) delete rest[k];
  return canonical(rest);
}

/** RFC 7386 JSON merge patch. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return clone(patch);
  const out: Obj = target && typeof target === 'object' && !Array.isArray(target) ? clone(target as Obj) : {};
  for (const [k, v] of Object.entries(patch as Obj)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function parseSelector(text: string | null): Array<[string, string]> {
  if (!text) return [];
  return text.split(',').map((term) => {
    const [k, v] = term.split('=');
    return [k!.trim(), (v ?? '').trim()] as [string, string];
  });
}

const matches = (o: Obj, selector: Array<[string, string]>): boolean => selector.every(([k, v]) => o.metadata?.labels?.[k] === v);

function status(code: number, reason: string, message: string): Obj {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

export class FakeApiServer {
  readonly token = `token-${randomUUID()}`;
  readonly requests: RequestRecord[] = [];
  #server = http.createServer((req, res) => this.#handle(req, res));
  #rv = 1000;
  #objects = new Map<string, Obj>();
  #events: Event[] = [];
  /** Watches from a resourceVersion below this get 410 Gone. */
  #oldestWatchable = 0;
  #watchers = new Set<Watcher>();
  port = 0;

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    for (const w of this.#watchers) w.res.end();
    this.#watchers.clear();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** A kubeconfig file for this server (plain HTTP, so TLS verification is off; a bearer token). */
  writeKubeconfig(path: string): string {
    const text = [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      `- name: fake\n  cluster:\n    server: http://127.0.0.1:${this.port}\n    insecure-skip-tls-verify: true`,
      'users:',
      `- name: operator\n  user:\n    token: ${this.token}`,
      'contexts:',
      '- name: fake\n  context:\n    cluster: fake\n    user: operator',
      'current-context: fake',
      '',
    ].join('\n');
    writeFileSync(path, text);
    return path;
  }

  // --- Test helpers: direct access, as another client (kubectl, a controller) would act.

  get(plural: string, namespace: string, name: string): Obj | undefined {
    const o = this.#objects.get(this.#key(plural, namespace, name));
    return o ? clone(o) : undefined;
  }

  list(plural: string, namespace?: string): Obj[] {
    return [...this.#objects.entries()]
      .filter(([k]) => k.startsWith(`${plural}/`) && (namespace === undefined || k.startsWith(`${plural}/${namespace}/`)))
      .map(([, o]) => clone(o));
  }

  /** Creates or updates `obj` as kubectl would (spec, labels, annotations; status untouched). */
  put(plural: string, obj: Obj): Obj {
    const def = this.#def(plural);
    const ns = obj.metadata.namespace;
    const existing = this.#objects.get(this.#key(plural, ns, obj.metadata.name));
    if (!existing) return this.#create(def, ns, clone(obj));
    const next = clone(obj);
    next.metadata = { ...existing.metadata, labels: obj.metadata.labels, annotations: obj.metadata.annotations };
    if (def.status) next.status = existing.status;
    return this.#write(def, existing, next);
  }

  /** Writes the status of an object, as its controller would (a Deployment's rollout). */
  setStatus(plural: string, namespace: string, name: string, statusValue: Obj): Obj {
    const def = this.#def(plural);
    const existing = this.#objects.get(this.#key(plural, namespace, name));
    if (!existing) throw new Error(`${plural} ${namespace}/${name} does not exist`);
    return this.#write(def, existing, { ...clone(existing), status: statusValue });
  }

  remove(plural: string, namespace: string, name: string): void {
    const existing = this.#objects.get(this.#key(plural, namespace, name));
    if (existing) this.#delete(this.#def(plural), existing);
  }

  /** Forgets the event history: a watch from any earlier resourceVersion gets 410 Gone. */
  compact(): void {
    this.#oldestWatchable = this.#rv + 1;
    this.#events = [];
  }

  /** Ends every open watch with an ERROR 410 event, as when the history they stand on is compacted. */
  expireWatches(): void {
    this.compact();
    for (const w of this.#watchers) {
      w.res.end(JSON.stringify({ type: 'ERROR', object: status(410, 'Expired', 'too old resource version') }) + '\n');
    }
    this.#watchers.clear();
  }

  /** Writes (not reads) received, optionally only those from one User-Agent. */
  writes(userAgent?: string): RequestRecord[] {
    return this.requests.filter((r) => r.method !== 'GET' && (userAgent === undefined || r.userAgent === userAgent));
  }

  get openWatches(): number {
    return this.#watchers.size;
  }

  // --- Internals.

  #def(plural: string): ResourceDef {
    const d = DEFS.find((x) => x.plural === plural);
    if (!d) throw new Error(`unknown resource ${plural}`);
    return d;
  }

  #key(plural: string, namespace: string | undefined, name: string): string {
    return `${plural}/${namespace ?? ''}/${name}`;
  }

  #bump(): string {
    return String(++this.#rv);
  }

  #emit(def: ResourceDef, type: Event['type'], object: Obj): void {
    const ev: Event = { rv: Number(object.metadata.resourceVersion), plural: def.plural, type, object: clone(object) };
    this.#events.push(ev);
    for (const w of this.#watchers) this.#send(w, ev);
  }

  #send(w: Watcher, ev: Event): void {
    if (w.plural !== ev.plural) return;
    if (w.namespace && ev.object.metadata.namespace !== w.namespace) return;
    if (!matches(ev.object, w.selector)) return;
    w.res.write(JSON.stringify({ type: ev.type, object: ev.object }) + '\n');
  }

  #create(def: ResourceDef, namespace: string | undefined, obj: Obj): Obj {
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    if (def.status) delete obj.status;
    if (def.kind === 'Secret' && obj.stringData) {
      obj.data = { ...(obj.data ?? {}) };
      for (const [k, v] of Object.entries(obj.stringData as Record<string, string>)) obj.data[k] = Buffer.from(v).toString('base64');
      delete obj.stringData;
    }
    obj.metadata = {
      ...obj.metadata,
      namespace,
      uid: randomUUID(),
      resourceVersion: this.#bump(),
      generation: 1,
      creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    delete obj.metadata.managedFields;
    this.#objects.set(this.#key(def.plural, namespace, obj.metadata.name), obj);
    this.#emit(def, 'ADDED', obj);
    this.#collectIfOrphaned(def, obj);
    return clone(obj);
  }

  /** The garbage collector's other half: `obj` goes, in the background, when every owner it names is gone. */
  #collectIfOrphaned(def: ResourceDef, obj: Obj): void {
    const owners: Obj[] = obj.metadata.ownerReferences ?? [];
    if (!owners.length) return;
    const key = this.#key(def.plural, obj.metadata.namespace, obj.metadata.name);
    setImmediate(() => {
      const current = this.#objects.get(key);
      if (!current || current.metadata.uid !== obj.metadata.uid) return;
      const uids = new Set([...this.#objects.values()].map((o) => o.metadata.uid as string));
      if ((current.metadata.ownerReferences ?? []).every((r: Obj) => !uids.has(r.uid))) this.#delete(def, current);
    });
  }

  /** Stores `next` in place of `existing` unless nothing changed; moves generation on spec changes. */
  #write(def: ResourceDef, existing: Obj, next: Obj): Obj {
    next.apiVersion = apiVersionOf(def);
    next.kind = def.kind;
    next.metadata = {
      ...next.metadata,
      name: existing.metadata.name,
      namespace: existing.metadata.namespace,
      uid: existing.metadata.uid,
      creationTimestamp: existing.metadata.creationTimestamp,
      resourceVersion: existing.metadata.resourceVersion,
      generation: existing.metadata.generation,
    };
    if (canonical(next) === canonical(existing)) return clone(existing);
    if (specPart(next) !== specPart(existing)) next.metadata.generation = existing.metadata.generation + 1;
    next.metadata.resourceVersion = this.#bump();
    this.#objects.set(this.#key(def.plural, existing.metadata.namespace, existing.metadata.name), next);
    this.#emit(def, 'MODIFIED', next);
    this.#collectIfOrphaned(def, next);
    return clone(next);
  }

  #delete(def: ResourceDef, existing: Obj): void {
    this.#objects.delete(this.#key(def.plural, existing.metadata.namespace, existing.metadata.name));
    const gone = { ...clone(existing), metadata: { ...existing.metadata, resourceVersion: this.#bump() } };
    this.#emit(def, 'DELETED', gone);
    // The garbage collector: dependents go too (background propagation).
    const uid = existing.metadata.uid;
    setImmediate(() => {
      for (const [key, o] of [...this.#objects.entries()]) {
        if ((o.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === uid)) {
          this.#delete(this.#def(key.split('/')[0]!), o);
        }
      }
    });
  }

  #handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const record: RequestRecord = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.search,
        contentType: String(req.headers['content-type'] ?? ''),
        userAgent: String(req.headers['user-agent'] ?? ''),
        status: 0,
        at: Date.now(),
      };
      this.requests.push(record);
      const reply = (code: number, body: Obj): void => {
        record.status = code;
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${this.token}`) return reply(401, status(401, 'Unauthorized', 'Unauthorized'));
      let body: Obj | undefined;
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Obj) : undefined;
      } catch {
        return reply(400, status(400, 'BadRequest', 'the body is not JSON'));
      }
      try {
        this.#route(req.method ?? 'GET', url, body, record, res, reply);
      } catch (err) {
        reply(500, status(500, 'InternalError', (err as Error).message));
      }
    });
  }

  #route(method: string, url: URL, body: Obj | undefined, record: RequestRecord, res: http.ServerResponse, reply: (code: number, body: Obj) => void): void {
    const parts = url.pathname.split('/').filter(Boolean);
    let rest: string[];
    let group: string;
    let version: string;
    if (parts[0] === 'api') {
      group = '';
      version = parts[1] ?? '';
      rest = parts.slice(2);
    } else if (parts[0] === 'apis') {
      group = parts[1] ?? '';
      version = parts[2] ?? '';
      rest = parts.slice(3);
    } else return reply(404, status(404, 'NotFound', 'the server could not find the requested resource'));
    let namespace: string | undefined;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
    const [plural, name, sub] = rest;
    const def = DEFS.find((d) => d.plural === plural && d.group === group && d.version === version);
    if (!def) return reply(404, status(404, 'NotFound', `the server could not find the requested resource (${url.pathname})`));
    if (sub !== undefined && (sub !== 'status' || !def.status)) return reply(404, status(404, 'NotFound', `no subresource ${sub}`));
    const key = name ? this.#key(plural!, namespace, name) : '';
    const existing = name ? this.#objects.get(key) : undefined;
    const notFound = () => reply(404, status(404, 'NotFound', `${plural}${def.group ? `.${def.group}` : ''} "${name}" not found`));

    if (method === 'GET' && !name) {
      const selector = parseSelector(url.searchParams.get('labelSelector'));
      if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') {
        return this.#watch(def, namespace, selector, url.searchParams.get('resourceVersion'), Number(url.searchParams.get('timeoutSeconds') ?? 0), record, res);
      }
      const items = this.list(def.plural, namespace).filter((o) => matches(o, selector));
      return reply(200, { apiVersion: apiVersionOf(def), kind: `${def.kind}List`, metadata: { resourceVersion: String(this.#rv) }, items });
    }
    if (method === 'GET') return existing ? reply(200, clone(existing)) : notFound();
    if (method === 'POST' && !name) {
      if (!body?.metadata?.name) return reply(422, status(422, 'Invalid', 'metadata.name: Required value'));
      if (body.kind !== def.kind || body.apiVersion !== apiVersionOf(def))
        return reply(400, status(400, 'BadRequest', 'apiVersion/kind do not match the path'));
      if (this.#objects.has(this.#key(def.plural, namespace, body.metadata.name))) {
        return reply(409, status(409, 'AlreadyExists', `${def.plural} "${body.metadata.name}" already exists`));
      }
      return reply(201, this.#create(def, namespace, clone(body)));
    }
    if (!name || (!body && method !== 'DELETE')) return reply(405, status(405, 'MethodNotAllowed', 'method not allowed'));
    if (method === 'PUT') {
      if (!existing) return notFound();
      const rv = body!.metadata?.resourceVersion;
      if (rv !== undefined && rv !== existing.metadata.resourceVersion) {
        return reply(
          409,
          status(
            409,
            'Conflict',
            `Operation cannot be fulfilled on ${def.plural} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
          ),
        );
      }
      const next = clone(body!);
      if (sub === 'status') return reply(200, this.#write(def, existing, { ...clone(existing), status: next.status }));
      next.metadata = { ...next.metadata };
      if (def.status) next.status = existing.status;
      return reply(200, this.#write(def, existing, next));
    }
    if (method === 'PATCH') {
      const type = record.contentType.split(';')[0];
      if (type === 'application/merge-patch+json') {
        if (!existing) return notFound();
        if (sub === 'status') return reply(200, this.#write(def, existing, { ...clone(existing), status: mergePatch(existing.status, body!.status) }));
        const next = mergePatch(existing, body) as Obj;
        if (def.status) next.status = existing.status;
        return reply(200, this.#write(def, existing, next));
      }
      if (type === 'application/apply-patch+yaml') {
        if (!url.searchParams.get('fieldManager')) return reply(400, status(400, 'BadRequest', 'PATCH with apply requires a fieldManager'));
        if (body!.kind !== def.kind || body!.apiVersion !== apiVersionOf(def))
          return reply(400, status(400, 'BadRequest', 'apply needs apiVersion and kind matching the path'));
        if (sub === 'status') return reply(415, status(415, 'UnsupportedMediaType', 'apply to status is not modelled'));
        if (!existing) return reply(201, this.#create(def, namespace, clone(body!)));
        const applied = clone(body!);
        const next: Obj = { ...applied, metadata: { ...existing.metadata } };
        for (const field of ['labels', 'annotations', 'ownerReferences']) {
          if (applied.metadata?.[field] !== undefined) next.metadata[field] = applied.metadata[field];
          else delete next.metadata[field];
        }
        if (def.status) next.status = existing.status;
        return reply(200, this.#write(def, existing, next));
      }
      return reply(415, status(415, 'UnsupportedMediaType', `the body of the request was in an unknown format: ${type}`));
    }
    if (method === 'DELETE') {
      if (!existing) return notFound();
      const uid = body?.preconditions?.uid;
      if (uid && uid !== existing.metadata.uid) return reply(409, status(409, 'Conflict', 'Precondition failed: UID in precondition does not match'));
      this.#delete(def, existing);
      return reply(200, { kind: 'Status', apiVersion: 'v1', status: 'Success', metadata: {}, details: { name, kind: def.plural, uid: existing.metadata.uid } });
    }
    return reply(405, status(405, 'MethodNotAllowed', `method ${method} not allowed`));
  }

  #watch(
    def: ResourceDef,
    namespace: string | undefined,
    selector: Array<[string, string]>,
    rvText: string | null,
    timeoutSeconds: number,
    record: RequestRecord,
    res: http.ServerResponse,
  ): void {
    record.status = 200;
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    // The API server sends the headers at once, before any event.
    res.flushHeaders();
    const w: Watcher = { plural: def.plural, namespace, selector, res };
    if (rvText && rvText !== '0') {
      const rv = Number(rvText);
      if (rv < this.#oldestWatchable) {
        res.end(JSON.stringify({ type: 'ERROR', object: status(410, 'Expired', `too old resource version: ${rv} (${this.#oldestWatchable})`) }) + '\n');
        return;
      }
      for (const ev of this.#events) if (ev.rv > rv) this.#send(w, ev);
    } else {
      // No version: the current state as ADDED events, then changes.
      for (const o of this.list(def.plural, namespace)) {
        if (matches(o, selector)) res.write(JSON.stringify({ type: 'ADDED', object: o }) + '\n');
      }
    }
    this.#watchers.add(w);
    const end = (): void => {
      this.#watchers.delete(w);
      res.end();
    };
    res.on('close', () => this.#watchers.delete(w));
    if (timeoutSeconds > 0) setTimeout(end, timeoutSeconds * 1000).unref();
  }
}
