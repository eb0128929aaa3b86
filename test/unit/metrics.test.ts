import t from 'tap';
import { MetricsRegistry } from '../../src/control/metrics';

t.test('counter series: label names sorted, values escaped, child() bumps the same series', async (t) => {
  const reg = new MetricsRegistry();
  const c = reg.counter('spawn_test_total', 'Test.');
  c.inc({ step: 'effect', result: 'ok' });
  c.inc({ result: 'ok', step: 'effect' }, 2);
  const ok = c.child({ result: 'ok', step: 'effect' });
  ok.inc();
  c.inc({ code: 'a"b\\c\nd' });
  c.inc();
  t.equal(c.get({ step: 'effect', result: 'ok' }), 4, 'label order does not split a series');
  const text = reg.render();
  t.match(text, /^spawn_test_total\{result="ok",step="effect"\} 4$/m);
  t.match(text, /^spawn_test_total\{code="a\\"b\\\\c\\nd"\} 1$/m, 'quote, backslash and newline escaped');
  t.match(text, /^spawn_test_total 1$/m, 'no labels, no braces');
});
