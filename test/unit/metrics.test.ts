// The proxy's metric series (src/control/metrics.ts) as prom-client renders them.
import t from 'tap';
import { MetricsRegistry, ProxyMetrics } from '../../src/control/metrics';

t.test('counter series: label names sorted, values escaped, child() bumps the same series', async (t) => {
  const reg = new MetricsRegistry();
  const c = reg.counter('spawn_test_total', 'Test.');
  c.inc({ step: 'effect', result: 'ok' });
  c.inc({ result: 'ok', step: 'effect' }, 2);
  const ok = c.child({ result: 'ok', step: 'effect' });
  ok.inc();
  c.inc({ code: 'a"b\\c\nd' });
  c.inc();
  t.equal(c.read({ step: 'effect', result: 'ok' }), 4, 'label order does not split a series');
  const text = await reg.render();
  t.match(text, /^# TYPE spawn_test_total counter$/m);
  t.match(text, /^spawn_test_total\{result="ok",step="effect"\} 4$/m);
  t.match(text, /^spawn_test_total\{code="a\\"b\\\\c\\nd"\} 1$/m, 'quote, backslash and newline escaped');
  t.match(text, /^spawn_test_total 1$/m, 'no labels, no braces');
});

t.test('histogram: cumulative buckets with le last, +Inf, sum and count', async (t) => {
  const reg = new MetricsRegistry();
  const h = reg.histogram('spawn_test_seconds', 'Test.', [0.1, 1]);
  const s = h.child({ system: 's', action: 'a' });
  s.observe(0.05);
  s.observe(0.1); // a bound is inclusive (le)
  s.observe(0.5);
  s.observe(7);
  const text = await reg.render();
  t.match(text, /^# TYPE spawn_test_seconds histogram$/m);
  t.match(text, /^spawn_test_seconds_bucket\{action="a",system="s",le="0\.1"\} 2$/m);
  t.match(text, /^spawn_test_seconds_bucket\{action="a",system="s",le="1"\} 3$/m);
  t.match(text, /^spawn_test_seconds_bucket\{action="a",system="s",le="\+Inf"\} 4$/m);
  t.match(text, /^spawn_test_seconds_sum\{action="a",system="s"\} 7\.65$/m);
  t.match(text, /^spawn_test_seconds_count\{action="a",system="s"\} 4$/m);
  t.equal(h.count, 4);
});

t.test('gauges are sampled when scraped; trackAll gives series known only then', async (t) => {
  const reg = new MetricsRegistry();
  const g = reg.gauge('spawn_test_items', 'Test.');
  let n = 1;
  g.track(() => n);
  g.trackAll(() => [[{ system: 'a' }, n * 10] as const]);
  n = 2;
  const text = await reg.render();
  t.match(text, /^spawn_test_items 2$/m);
  t.match(text, /^spawn_test_items\{system="a"\} 20$/m);
});

t.test('ProxyMetrics: actor series are bound once per type and action; default metrics and the Spawn name are rendered', async (t) => {
  const m = new ProxyMetrics();
  const a = m.actor('sys', 'counter');
  t.equal(m.actor('sys', 'counter'), a, 'one ActorSeries per (system, actor)');
  const [ok, err] = a.action('add');
  t.equal(a.action('add')[0], ok, 'one series per action and outcome');
  ok.observe(0.002);
  err.observe(0.2);
  const text = await m.registry.render();
  t.match(text, /^spawn_invocation_duration_seconds_count\{action="add",actor="counter",outcome="ok",system="sys"\} 1$/m);
  t.match(text, /^spawn_invocation_duration_seconds_count\{action="add",actor="counter",outcome="error",system="sys"\} 1$/m);
  t.match(text, /^spawn_invoke_stop_duration 2$/m, "Spawn's invocation counter: every finished invocation");
  for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
    t.match(text, new RegExp(`^${name} `, 'm'), `${name} (prom-client default metrics)`);
  }
  t.match(text, /^# TYPE nodejs_gc_duration_seconds histogram$/m, 'GC durations');
  t.equal(new ProxyMetrics({ defaultMetrics: false }).registry.prom.getSingleMetric('process_cpu_user_seconds_total'), undefined, 'off when asked');
});
