// The snapshot pipeline against an in-memory store that can be switched off.
import t from 'tap';
import { createLogger } from '../../src/control';
import { SpawnError } from '../../src/errors';
import { MemoryStateStore, SnapshotPipeline, type SaveItem, type SaveOutcome, type SnapshotCapture, type Snapshotable } from '../../src/storage';

class FlakyStore extends MemoryStateStore {
  down = false;
  batches: number[] = [];
  override async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    if (this.down) throw new SpawnError('SPAWN_ERR_STORE_UNAVAILABLE', 'store is down');
    this.batches.push(items.length);
    return super.saveBatch(items);
  }
}

class Source implements Snapshotable {
  value = 0;
  revision = 0;
  dirty = false;
  stale = false;
  constructor(readonly storeKey: { system: string; name: string }) {}
  change(): void {
    this.value++;
    this.dirty = true;
  }
  capture(): (SnapshotCapture & { value: number }) | undefined {
    if (!this.dirty || this.stale) return undefined;
    return {
      item: { key: this.storeKey, record: { tags: {}, typeUrl: 't', data: Buffer.from(String(this.value)) }, expectedRevision: this.revision },
      value: this.value,
    };
  }
  settle(c: SnapshotCapture, o: SaveOutcome): void {
    if (typeof o === 'number') {
      this.revision = o;
      if ((c as SnapshotCapture & { value: number }).value === this.value) this.dirty = false;
    } else if (o instanceof SpawnError && o.code === 'SPAWN_ERR_STATE_CONFLICT') this.stale = true;
  }
}

const logger = createLogger('error');

t.test('due actors are written in one batch per shard', async (t) => {
  const store = new FlakyStore();
  const p = new SnapshotPipeline(store, { shards: 2, batchSize: 100, logger });
  t.teardown(() => p.close());
  const sources = Array.from({ length: 50 }, (_, i) => new Source({ system: 's', name: `a${i}` }));
  for (const s of sources) {
    s.change();
    p.markDirty(s, 20);
  }
  await p.flushAll(1000);
  t.equal(store.batches.length, 2, 'two shards, two batches');
  t.equal(
    store.batches.reduce((a, b) => a + b, 0),
    50,
  );
  for (const s of sources) t.equal(Buffer.from((await store.load(s.storeKey))!.data).toString(), '1');
});

t.test('store down: changes stay dirty, retried with backoff, nothing lost', async (t) => {
  const store = new FlakyStore();
  const writes: string[] = [];
  const p = new SnapshotPipeline(store, { shards: 1, maxBackoffMs: 200, logger, onWrite: (r, n) => writes.push(`${r}:${n}`) });
  t.teardown(() => p.close());
  const a = new Source({ system: 's', name: 'a' });
  store.down = true;
  a.change();
  const err = await p.flush(a).catch((e: SpawnError) => e);
  t.equal((err as SpawnError).code, 'SPAWN_ERR_STORE_UNAVAILABLE', 'a checkpoint sees the failure');
  t.ok(a.dirty, 'still dirty');
  a.change();
  p.markDirty(a, 0);
  await new Promise((r) => setTimeout(r, 300));
  t.equal(p.backlog, 1, 'kept while down');
  store.down = false;
  t.equal(await p.flushAll(3000), 0, 'everything written once the store is back');
  t.equal(Buffer.from((await store.load(a.storeKey))!.data).toString(), '2', 'the latest change');
  t.ok(writes.includes('error:1') && writes.includes('ok:1'));
});

t.test('a conflict is reported to its source only', async (t) => {
  const store = new FlakyStore();
  const conflicts: string[] = [];
  const p = new SnapshotPipeline(store, { shards: 1, logger, onConflict: (s) => conflicts.push(s.storeKey.name) });
  t.teardown(() => p.close());
  await store.save({ system: 's', name: 'b' }, { tags: {}, typeUrl: 't', data: Buffer.from('other') }, 0);
  const a = new Source({ system: 's', name: 'a' });
  const b = new Source({ system: 's', name: 'b' });
  a.change();
  b.change();
  const [ra, rb] = await Promise.all([p.flush(a), p.flush(b).catch((e: SpawnError) => e.code)]);
  t.equal(ra, true);
  t.equal(rb, 'SPAWN_ERR_STATE_CONFLICT');
  t.same(conflicts, ['b']);
  t.ok(b.stale);
  t.same(store.batches, [2], 'both went in one batch');
});

t.test('writes of one source never overlap', async (t) => {
  let inFlight = 0;
  let maxInFlight = 0;
  class Slow extends FlakyStore {
    override async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
      return super.saveBatch(items);
    }
  }
  const store = new Slow();
  const p = new SnapshotPipeline(store, { shards: 1, logger });
  t.teardown(() => p.close());
  const a = new Source({ system: 's', name: 'a' });
  const done: Promise<boolean>[] = [];
  for (let i = 0; i < 5; i++) {
    a.change();
    done.push(p.flush(a));
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(done);
  t.equal(maxInFlight, 1);
  t.notOk(a.stale, 'no conflict with itself');
  t.equal(Buffer.from((await store.load(a.storeKey))!.data).toString(), '5');
});

/** A store whose batches wait for release(): a write can be held in flight. */
class GatedStore extends MemoryStateStore {
  #gate: Promise<void> | undefined;
  #open: (() => void) | undefined;
  hold(): void {
    this.#gate = new Promise((r) => (this.#open = r));
  }
  release(): void {
    this.#open?.();
    this.#gate = undefined;
  }
  override async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    const gate = this.#gate;
    if (gate) await gate;
    return super.saveBatch(items);
  }
}

const settledWithin = async <T>(p: Promise<T>, ms: number): Promise<{ value?: T; error?: Error } | 'pending'> =>
  Promise.race([
    p.then(
      (value) => ({ value }),
      (error: Error) => ({ error }),
    ),
    new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms)),
  ]);

t.test('a write asked for while a conflicting write was in flight is rejected, not left waiting', async (t) => {
  const store = new GatedStore();
  const p = new SnapshotPipeline(store, { shards: 1, logger });
  t.teardown(() => p.close());
  const s = new Source({ system: 's', name: 'raced' });
  s.change();
  store.hold();
  const first = p.flush(s);
  await new Promise((r) => setImmediate(r));
  t.ok(p.writing(s), 'the first write is in flight');
  // Another writer moves the stored state on meanwhile; a checkpoint asks for a second write.
  await store.save(s.storeKey, { tags: {}, typeUrl: 't', data: Buffer.from('other') }, 0);
  s.change();
  const second = p.flush(s);
  store.release();
  const a = await settledWithin(first, 2000);
  const b = await settledWithin(second, 2000);
  t.match(a, { error: { code: 'SPAWN_ERR_STATE_CONFLICT' } }, 'the in-flight write conflicts');
  t.not(b, 'pending', 'the second waiter is settled');
  t.match(b, { error: { code: 'SPAWN_ERR_STATE_CONFLICT' } }, 'with the conflict: its state was built on the stale revision');
});

t.test('forget() rejects a write still waited for', async (t) => {
  const store = new GatedStore();
  const p = new SnapshotPipeline(store, { shards: 1, logger });
  t.teardown(() => p.close());
  const s = new Source({ system: 's', name: 'gone' });
  s.change();
  store.hold();
  const first = p.flush(s);
  await new Promise((r) => setImmediate(r));
  s.change();
  const second = p.flush(s);
  p.forget(s, new SpawnError('SPAWN_ERR_INTERNAL', 'retired'));
  store.release();
  t.match(await settledWithin(first, 2000), { value: true }, 'the write in flight completes');
  t.match(await settledWithin(second, 2000), { error: { message: 'retired' } }, 'the one asked for later is rejected');
});

t.test('flushAll is bounded while sources keep changing', async (t) => {
  const store = new FlakyStore();
  const p = new SnapshotPipeline(store, { shards: 1, logger });
  t.teardown(() => p.close());
  const s = new Source({ system: 's', name: 'busy' });
  s.change();
  p.markDirty(s, 0);
  const churn = setInterval(() => {
    s.change();
    p.markDirty(s, 0);
  }, 1);
  const started = Date.now();
  await p.flushAll(300);
  clearInterval(churn);
  t.ok(Date.now() - started < 5000, `returned after ${Date.now() - started} ms`);
});
