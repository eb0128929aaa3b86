// List, then watch from the list's resourceVersion; when the server says that version is too
// old (410 Gone) list again. Every object seen is remembered with its resourceVersion, so a
// re-list reports only what changed meanwhile: an expired watch costs one list, not a
// reconcile of everything.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../control';
import type { KubeApi, KubeObject, ListOptions, ResourceType } from './kube-api';

interface InformerHandlers {
  /** A new object, or one whose resourceVersion moved on (`old` is the previous one seen). */
  onChange(obj: KubeObject, old: KubeObject | undefined): void;
  onDelete(obj: KubeObject): void;
}

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export function backoffDelay(b: Backoff, failures: number): number {
  const exp = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, failures - 1));
  // ±20% jitter, so replicas of a failing request do not retry in step.
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

export const objectKey = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;

export class Informer {
  readonly #api: KubeApi;
  readonly #type: ResourceType;
  readonly #options: ListOptions;
  readonly #handlers: InformerHandlers;
  readonly #logger: Logger;
  readonly #backoff: Backoff;
  readonly #known = new Map<string, KubeObject>();
  readonly #abort = new AbortController();
  #stopWatch: (() => void) | undefined;
  #running: Promise<void> | undefined;
  #synced = false;
  /** Counters for logs and tests. */
  readonly stats = { lists: 0, watches: 0, expired: 0, events: 0 };

  constructor(api: KubeApi, type: ResourceType, options: ListOptions, handlers: InformerHandlers, logger: Logger, backoff: Backoff) {
    this.#api = api;
    this.#type = type;
    this.#options = options;
    this.#handlers = handlers;
    this.#logger = logger;
    this.#backoff = backoff;
  }

  get synced(): boolean {
    return this.#synced;
  }

  /** The objects seen, as last seen. */
  objects(): KubeObject[] {
    return [...this.#known.values()];
  }

  start(): void {
    this.#running ??= this.#run().catch((err: unknown) => this.#logger.error('informer stopped on an error', { kind: this.#type.kind, error: err }));
  }

  async stop(): Promise<void> {
    this.#abort.abort();
    this.#stopWatch?.();
    await this.#running;
  }

  async #pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.#abort.signal }).catch(() => undefined);
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#abort.signal.aborted) {
      let resourceVersion: string;
      try {
        const list = await this.#api.list(this.#type, this.#options);
        this.stats.lists++;
        this.#sync(list.items);
        resourceVersion = list.resourceVersion;
        this.#synced = true;
        failures = 0;
      } catch (err) {
        failures++;
        this.#logger.warn('list failed; retrying', { kind: this.#type.kind, error: err, failures });
        await this.#pause(backoffDelay(this.#backoff, failures));
        continue;
      }
      // Watch until the server says our version is too old, then list again.
      let watchFailures = 0;
      while (!this.#abort.signal.aborted) {
        this.stats.watches++;
        const watch = this.#api.watch(this.#type, { ...this.#options, resourceVersion }, (type, obj) => {
          this.stats.events++;
          if (obj.metadata?.resourceVersion) resourceVersion = obj.metadata.resourceVersion;
          if (type === 'BOOKMARK') return;
          if (type === 'DELETED') this.#forget(obj);
          else this.#see(obj);
        });
        this.#stopWatch = watch.stop;
        const end = await watch.ended;
        this.#stopWatch = undefined;
        if (this.#abort.signal.aborted) return;
        if (end.expired) {
          this.stats.expired++;
          this.#logger.info('watch expired (410 Gone): listing again', { kind: this.#type.kind, resourceVersion });
          break;
        }
        if (end.error !== undefined) {
          watchFailures++;
          this.#logger.warn('watch failed; resuming', { kind: this.#type.kind, error: end.error, failures: watchFailures });
          await this.#pause(backoffDelay(this.#backoff, watchFailures));
          // A watch that keeps failing may be on a version the server no longer has: list again.
          if (watchFailures >= 3) break;
        } else watchFailures = 0;
      }
    }
  }

  #see(obj: KubeObject): void {
    const key = objectKey(obj);
    const old = this.#known.get(key);
    if (old && old.metadata.resourceVersion === obj.metadata.resourceVersion) return;
    this.#known.set(key, obj);
    this.#handlers.onChange(obj, old);
  }

  #forget(obj: KubeObject): void {
    const key = objectKey(obj);
    if (!this.#known.delete(key)) return;
    this.#handlers.onDelete(obj);
  }

  /** A fresh list: report what is new or changed since last seen, and what is gone. */
  #sync(items: KubeObject[]): void {
    const present = new Set<string>();
    for (const item of items) {
      present.add(objectKey(item));
      this.#see(item);
    }
    for (const [key, obj] of this.#known) if (!present.has(key)) this.#forget(obj);
  }
}
