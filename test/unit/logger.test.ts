// The logger (pino behind createLogger): JSON lines, levels, and the guards on what a field
// may put in a line.
import t from 'tap';
import { Secret, createLogger } from '../../src/control';

function capture(level: 'debug' | 'info' | 'warn' | 'error'): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  return { lines, logger: createLogger(level, (l) => lines.push(l)) };
}

t.test('one JSON object per line, with level, time and msg', async (t) => {
  const { lines, logger } = capture('debug');
  logger.info('hello', { system: 'sys', n: 1 });
  logger.debug('plain');
  t.equal(lines.length, 2);
  t.ok(
    lines.every((l) => l.endsWith('\n') && l.indexOf('\n') === l.length - 1),
    'each write is one line',
  );
  const first = JSON.parse(lines[0]!) as Record<string, unknown>;
  t.match(first, { level: 'info', msg: 'hello', system: 'sys', n: 1 });
  t.ok(!Number.isNaN(Date.parse(String(first.time))), 'time is an ISO date');
  t.same(Object.keys(JSON.parse(lines[1]!) as object).sort(), ['level', 'msg', 'time']);
});

t.test('levels below the configured one are not written', async (t) => {
  const { lines, logger } = capture('warn');
  logger.debug('d');
  logger.info('i');
  logger.warn('w');
  logger.error('e');
  t.same(
    lines.map((l) => (JSON.parse(l) as { level: string }).level),
    ['warn', 'error'],
  );
  t.equal(logger.enabled('info'), false);
  t.equal(logger.enabled('error'), true);
});

t.test('bytes, errors and secrets never reach a line as their content', async (t) => {
  const { lines, logger } = capture('debug');
  const bytes = Buffer.from('state-bytes-that-must-not-show');
  const err = Object.assign(new Error('boom'), { code: 'SPAWN_ERR_X', cause: bytes });
  logger.error('failed', { state: bytes, nested: { value: new Uint8Array(bytes), list: [bytes] }, err, key: new Secret('hunter2') });
  const line = lines[0]!;
  for (const form of [bytes.toString(), bytes.toString('base64'), bytes.toString('hex'), 'hunter2', '"data":[']) {
    t.notOk(line.includes(form), `no ${form}`);
  }
  t.match(JSON.parse(line), {
    state: `[${bytes.length} bytes]`,
    nested: { value: `[${bytes.length} bytes]`, list: [`[${bytes.length} bytes]`] },
    err: { message: 'boom', code: 'SPAWN_ERR_X' },
    key: '[secret]',
  });
});
