// A small Prometheus registry: counters and gauges with fixed label sets, rendered as
// text exposition format on GET /metrics. Label values are the caller's responsibility
// (system/actor names are bounded by what hosts register).

type Labels = Record<string, string>;

const NEEDS_ESCAPE = /[\\"\n]/;
const escapeValue = (v: string): string => (NEEDS_ESCAPE.test(v) ? v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n') : v);

/** The series key of a label set: `{a="x",b="y"}`, names sorted, values escaped. */
function key(labels: Labels | undefined): string {
  if (!labels) return '';
  const names = Object.keys(labels);
  if (names.length === 0) return '';
  if (names.length > 1) names.sort();
  let out = '{';
  for (let i = 0; i < names.length; i++) out += `${i ? ',' : ''}${names[i]}="${escapeValue(String(labels[names[i]!]))}"`;
  return out + '}';
}

export class Counter {
  readonly #values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels?: Labels, by = 1): void {
    const k = key(labels);
    this.#values.set(k, (this.#values.get(k) ?? 0) + by);
  }
  get(labels?: Labels): number {
    return this.#values.get(key(labels)) ?? 0;
  }
  /** The series of these labels, with its key built once: for counters bumped on every request. */
  child(labels: Labels): { inc(by?: number): void } {
    const k = key(labels);
    const values = this.#values;
    return {
      inc(by = 1): void {
        values.set(k, (values.get(k) ?? 0) + by);
      },
    };
  }
  render(): string {
    let out = `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} counter\n`;
    for (const [k, v] of this.#values) out += `${this.name}${k} ${v}\n`;
    return out;
  }
}

export class Gauge {
  readonly #values = new Map<string, () => number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  /** Gauges are sampled when scraped, so the hot path never updates them. */
  track(sample: () => number, labels?: Labels): void {
    this.#values.set(key(labels), sample);
  }
  render(): string {
    let out = `# HELP ${this.name} ${this.help}\n# TYPE ${this.name} gauge\n`;
    for (const [k, sample] of this.#values) out += `${this.name}${k} ${sample()}\n`;
    return out;
  }
}

export class MetricsRegistry {
  readonly #metrics: Array<Counter | Gauge> = [];
  counter(name: string, help: string): Counter {
    const c = new Counter(name, help);
    this.#metrics.push(c);
    return c;
  }
  gauge(name: string, help: string): Gauge {
    const g = new Gauge(name, help);
    this.#metrics.push(g);
    return g;
  }
  render(): string {
    return this.#metrics.map((m) => m.render()).join('');
  }
}

/** The proxy's metrics. One instance per process, created at start-up. */
export class ProxyMetrics {
  readonly registry = new MetricsRegistry();
  readonly invocations = this.registry.counter('spawn_invocations_total', 'Invocations by outcome (ok, error).');
  readonly asyncFailures = this.registry.counter('spawn_async_invocation_failures_total', 'Async invocations that failed after they were accepted.');
  readonly hostErrors = this.registry.counter('spawn_host_errors_total', 'Failed calls to the actor host, by error code.');
  readonly activations = this.registry.counter('spawn_actor_activations_total', 'Actor activations.');
  readonly deactivations = this.registry.counter('spawn_actor_deactivations_total', 'Actor deactivations.');
  readonly stateWrites = this.registry.counter('spawn_state_writes_total', 'State writes to the store, by outcome (ok, conflict, error).');
  readonly workflowSteps = this.registry.counter(
    'spawn_workflow_steps_total',
    'Workflow steps run after turns (effect, broadcast, broadcast-delivery), by outcome.',
  );
  readonly scheduled = this.registry.counter('spawn_scheduled_invocations_total', 'Delayed invocations by outcome (stored, fired, failed, dropped).');
  readonly activeActors = this.registry.gauge('spawn_active_actors', 'Actors currently activated in this process.');
  readonly actorStateBytes = this.registry.gauge('spawn_actor_state_bytes', 'State bytes held for activated actors, by table (native: off the V8 heap; js).');
  readonly processMemory = this.registry.gauge('spawn_process_memory_bytes', 'Process memory (rss, heap_used).');

  constructor() {
    this.processMemory.track(() => process.memoryUsage.rss(), { kind: 'rss' });
    this.processMemory.track(() => process.memoryUsage().heapUsed, { kind: 'heap_used' });
  }
}
