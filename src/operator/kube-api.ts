// The part of the Kubernetes API the operator uses: get, list, watch, create, server-side
// apply, replace (optimistic concurrency), the status subresource and delete. Credentials,
// TLS and the server come from @kubernetes/client-node's KubeConfig (kubeconfig file, in-cluster
// service account, exec plugins); watches are its Watch. Requests themselves go out on
// node:http(s) so that content types (apply-patch), subresources and query parameters are
// exactly the API's, not a generated client's. client-node is loaded only when a client is made:
// `spawn-proxy render` never pays for it.
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig, Watch } from '@kubernetes/client-node';
import { API_VERSION, type ObjectMeta } from './crds';
import { FIELD_MANAGER } from './names';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export interface ResourceType {
  apiVersion: string;
  kind: string;
  plural: string;
}

const type = (apiVersion: string, kind: string, plural: string): ResourceType => ({ apiVersion, kind, plural });

/** Every resource the operator reads or writes (all namespaced). */
export const RESOURCES = {
  ActorSystem: type(API_VERSION, 'ActorSystem', 'actorsystems'),
  ActorHost: type(API_VERSION, 'ActorHost', 'actorhosts'),
  Activator: type(API_VERSION, 'Activator', 'activators'),
  ConfigMap: type('v1', 'ConfigMap', 'configmaps'),
  Secret: type('v1', 'Secret', 'secrets'),
  ServiceAccount: type('v1', 'ServiceAccount', 'serviceaccounts'),
  Service: type('v1', 'Service', 'services'),
  Role: type('rbac.authorization.k8s.io/v1', 'Role', 'roles'),
  RoleBinding: type('rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings'),
  Deployment: type('apps/v1', 'Deployment', 'deployments'),
  HorizontalPodAutoscaler: type('autoscaling/v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
  PodDisruptionBudget: type('policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets'),
  Lease: type('coordination.k8s.io/v1', 'Lease', 'leases'),
} as const;

/** An answer of the API server other than success: `status` is the HTTP status, `reason` the Status reason. */
export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KubeApiError';
  }
}

/** Thrown instead of a write when this process does not hold the leader lease. */
export class NotLeaderError extends Error {
  constructor() {
    super('not the leader: writes are left to the operator that holds the lease');
    this.name = 'NotLeaderError';
  }
}

type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';

interface WatchEnd {
  /** The server said the resourceVersion is too old (410 Gone): list again. */
  expired: boolean;
  /** The stream failed (connection, HTTP status); absent when it simply ended. */
  error?: unknown;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
}

interface KubeApiOptions {
  /** Sent as User-Agent, so API audit logs (and tests) can tell operator replicas apart. */
  userAgent: string;
  /** Called before every write except those on Leases; throws to refuse it (leader fencing). */
  beforeWrite?: (type: ResourceType) => void;
  /** Per-request timeout (watches excepted). */
  timeoutMs?: number;
}

export class KubeApi {
  readonly #kc: KubeConfig;
  readonly #watch: Watch;
  readonly #server: string;
  readonly #options: KubeApiOptions;
  /** Requests sent, by HTTP method (for logs and tests). */
  readonly sent = new Map<string, number>();

  private constructor(kc: KubeConfig, watch: Watch, options: KubeApiOptions) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('the kubeconfig has no current cluster');
    this.#kc = kc;
    this.#watch = watch;
    this.#server = cluster.server.replace(/\/+$/, '');
    this.#options = options;
  }

  /**
   * A client for the kubeconfig at `kubeconfigPath`, or else the usual places (KUBECONFIG,
   * ~/.kube/config, the in-cluster service account).
   */
  static async connect(options: KubeApiOptions & { kubeconfigPath?: string }): Promise<KubeApi> {
    const k8s = await import('@kubernetes/client-node');
    const kc = new k8s.KubeConfig();
    if (options.kubeconfigPath) kc.loadFromFile(options.kubeconfigPath);
    else kc.loadFromDefault();
    return new KubeApi(kc, new k8s.Watch(kc), options);
  }

  set beforeWrite(fn: ((type: ResourceType) => void) | undefined) {
    this.#options.beforeWrite = fn;
  }

  static path(t: ResourceType, namespace?: string, name?: string, subresource?: string): string {
    const base = t.apiVersion.includes('/') ? `/apis/${t.apiVersion}` : `/api/${t.apiVersion}`;
    let p = base + (namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '') + `/${t.plural}`;
    if (name) p += `/${encodeURIComponent(name)}`;
    if (subresource) p += `/${subresource}`;
    return p;
  }

  async get<T extends KubeObject = KubeObject>(t: ResourceType, namespace: string, name: string): Promise<T | undefined> {
    try {
      return await this.#request<T>('GET', KubeApi.path(t, namespace, name));
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 404) return undefined;
      throw err;
    }
  }

  /** Every object (following `continue`), and the list's resourceVersion to watch from. */
  async list<T extends KubeObject = KubeObject>(t: ResourceType, options: ListOptions = {}): Promise<{ items: T[]; resourceVersion: string }> {
    const items: T[] = [];
    let next: string | undefined;
    let resourceVersion = '';
    do {
      const query: Record<string, string> = { limit: '500' };
      if (options.labelSelector) query.labelSelector = options.labelSelector;
      if (next) query.continue = next;
      const page = await this.#request<{ items?: T[]; metadata?: { resourceVersion?: string; continue?: string } }>('GET', KubeApi.path(t, options.namespace), {
        query,
      });
      for (const item of page.items ?? []) items.push({ ...item, apiVersion: t.apiVersion, kind: t.kind });
      resourceVersion = page.metadata?.resourceVersion ?? resourceVersion;
      next = page.metadata?.continue || undefined;
    } while (next);
    return { items, resourceVersion };
  }

  /** Creates `obj`; an existing one fails with a KubeApiError of status 409 (AlreadyExists). */
  async create<T extends KubeObject>(t: ResourceType, obj: T): Promise<T> {
    this.#guard(t);
    return this.#request<T>('POST', KubeApi.path(t, obj.metadata.namespace), { body: obj });
  }

  /** Server-side apply as the operator's field manager: creates or updates to exactly `obj`'s fields. */
  async apply<T extends KubeObject>(t: ResourceType, obj: T): Promise<T> {
    this.#guard(t);
    return this.#request<T>('PATCH', KubeApi.path(t, obj.metadata.namespace, obj.metadata.name), {
      body: obj,
      contentType: 'application/apply-patch+yaml',
      query: { fieldManager: FIELD_MANAGER, force: 'true', fieldValidation: 'Strict' },
    });
  }

  /** Replaces `obj`; with metadata.resourceVersion, a concurrent change fails with 409 (Conflict). */
  async replace<T extends KubeObject>(t: ResourceType, obj: T): Promise<T> {
    this.#guard(t);
    return this.#request<T>('PUT', KubeApi.path(t, obj.metadata.namespace, obj.metadata.name), { body: obj, query: { fieldManager: FIELD_MANAGER } });
  }

  /** Merges `status` into the object's status subresource. */
  async patchStatus<T extends KubeObject>(t: ResourceType, namespace: string, name: string, status: unknown): Promise<T> {
    this.#guard(t);
    return this.#request<T>('PATCH', KubeApi.path(t, namespace, name, 'status'), {
      body: { status },
      contentType: 'application/merge-patch+json',
      query: { fieldManager: FIELD_MANAGER },
    });
  }

  /** Deletes the object (dependents are garbage-collected in the background); false when it was not there. */
  async delete(t: ResourceType, namespace: string, name: string, uid?: string): Promise<boolean> {
    this.#guard(t);
    try {
      await this.#request('DELETE', KubeApi.path(t, namespace, name), {
        body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background', ...(uid ? { preconditions: { uid } } : {}) },
      });
      return true;
    } catch (err) {
      if (err instanceof KubeApiError && err.status === 404) return false;
      throw err;
    }
  }

  /**
   * Watches from `resourceVersion`, calling `onEvent` for each change, until the stream ends.
   * `stop()` ends it early (the end then carries no error).
   */
  watch(
    t: ResourceType,
    options: ListOptions & { resourceVersion: string; timeoutSeconds?: number },
    onEvent: (type: WatchEventType, obj: KubeObject) => void,
  ): { ended: Promise<WatchEnd>; stop: () => void } {
    let controller: AbortController | undefined;
    let stopped = false;
    let expired = false;
    let failure: unknown;
    const query: Record<string, string | number | boolean | undefined> = {
      resourceVersion: options.resourceVersion,
      allowWatchBookmarks: true,
      timeoutSeconds: options.timeoutSeconds ?? 300,
      labelSelector: options.labelSelector,
    };
    const ended = new Promise<WatchEnd>((resolve) => {
      const finish = (err: unknown): void => {
        if (stopped) return resolve({ expired: false });
        if (expired || (err as { statusCode?: number } | null)?.statusCode === 410) return resolve({ expired: true });
        const error = failure ?? err ?? undefined;
        resolve(error === undefined || error === null ? { expired: false } : { expired: false, error });
      };
      const onLine = (phase: string, obj: unknown): void => {
        if (phase === 'ERROR') {
          const status = obj as { code?: number; message?: string } | undefined;
          if (status?.code === 410) expired = true;
          else failure = new KubeApiError(status?.code ?? 500, 'WatchError', status?.message ?? 'watch error');
          controller?.abort();
          return;
        }
        if (stopped || expired) return;
        const o = obj as KubeObject;
        onEvent(phase as WatchEventType, { ...o, apiVersion: t.apiVersion, kind: t.kind });
      };
      this.#watch.watch(KubeApi.path(t, options.namespace), query, onLine, finish).then(
        (c) => {
          controller = c;
          if (stopped) c.abort();
        },
        (err: unknown) => finish(err),
      );
    });
    return {
      ended,
      stop: () => {
        stopped = true;
        controller?.abort();
      },
    };
  }

  #guard(t: ResourceType): void {
    if (t.kind !== 'Lease') this.#options.beforeWrite?.(t);
  }

  async #request<T>(method: string, path: string, options: { query?: Record<string, string>; body?: unknown; contentType?: string } = {}): Promise<T> {
    const url = new URL(this.#server + path);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
    const opts: https.RequestOptions = { method, headers: {} };
    // Fills in TLS material, the agent and the Authorization header (refreshing tokens as needed).
    await this.#kc.applyToHTTPSOptions(opts);
    const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const headers: http.OutgoingHttpHeaders = {
      ...(opts.headers as http.OutgoingHttpHeaders),
      accept: 'application/json',
      'user-agent': this.#options.userAgent,
      ...(body ? { 'content-type': options.contentType ?? 'application/json', 'content-length': body.length } : {}),
    };
    if (opts.auth && !headers.authorization) headers.authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
    this.sent.set(method, (this.sent.get(method) ?? 0) + 1);
    const send = url.protocol === 'https:' ? https.request : http.request;
    return new Promise<T>((resolve, reject) => {
      const req = send(url, { ...opts, auth: undefined, method, headers, timeout: this.#options.timeoutMs ?? 30_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          if (status >= 200 && status < 300) return resolve(parsed as T);
          const s = (parsed ?? {}) as { reason?: string; message?: string };
          reject(new KubeApiError(status, s.reason ?? 'Unknown', `${method} ${path}: ${status} ${s.message ?? text.slice(0, 200)}`));
        });
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within ${this.#options.timeoutMs ?? 30_000} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  }
}
