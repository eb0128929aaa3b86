import t from 'tap';
import { Mailbox } from '../../src/hotpath/runtime/mailbox';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

t.test('tasks run one at a time in arrival order', async (t) => {
  const box = new Mailbox();
  const log: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const task = (name: string, ms: number) => async (): Promise<string> => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    log.push(`start ${name}`);
    await sleep(ms);
    log.push(`end ${name}`);
    running--;
    return name;
  };
  const results = await Promise.all([box.post(task('a', 20)), box.post(task('b', 1)), box.post(task('c', 5))]);
  t.same(results, ['a', 'b', 'c']);
  t.same(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  t.equal(maxRunning, 1);
  t.equal(box.busy, false);
});

t.test('a failing task fails only its own caller', async (t) => {
  const box = new Mailbox();
  const first = box.post(async () => {
    throw new Error('boom');
  });
  const second = box.post(async () => 'fine');
  await t.rejects(first, /boom/);
  t.equal(await second, 'fine');
});

t.test('pending counts waiting tasks; tasks posted from a task run after it', async (t) => {
  const box = new Mailbox();
  const order: number[] = [];
  let inner: Promise<void> | undefined;
  await box.post(async () => {
    order.push(1);
    inner = box.post(async () => {
      order.push(3);
    });
    t.equal(box.pending, 1);
    order.push(2);
  });
  await inner;
  t.same(order, [1, 2, 3]);
});

t.test('a long queue is drained completely and in order', async (t) => {
  const box = new Mailbox();
  const seen: number[] = [];
  const all = Array.from({ length: 5000 }, (_, i) => box.post(async () => void seen.push(i)));
  await Promise.all(all);
  t.equal(seen.length, 5000);
  t.ok(
    seen.every((v, i) => v === i),
    'FIFO across queue compaction',
  );
});
