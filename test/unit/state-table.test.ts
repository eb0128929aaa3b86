// The native state table and its JavaScript twin behave alike: copies in, copies out, slots
// reused after release, byte accounting, and bad arguments refused without crashing.
import t from 'tap';
import { loadConfig } from '../../src/control';
import { configureNative, nativeAddon, nativeStatus } from '../../src/hotpath/native';
import { JsStateTable, NativeBackedStateTable, createStateTable, type StateTable } from '../../src/hotpath/runtime';

// The suite may run with SPAWN_NATIVE=0, as a proxy would.
const useNative = loadConfig({ SPAWN_NATIVE: process.env.SPAWN_NATIVE }).nativeAddon;
configureNative(useNative);

t.test('the addon is built and loads (npm ci builds it)', async (t) => {
  if (!useNative) {
    t.equal(nativeStatus().loaded, false, 'SPAWN_NATIVE=0 forces the JavaScript twins');
    t.equal(createStateTable().kind, 'js');
    return;
  }
  t.equal(nativeStatus().loaded, true, nativeStatus().reason ?? 'loaded');
  t.equal(createStateTable().kind, 'native');
});

const tables: Array<[string, () => StateTable]> = [['js', () => new JsStateTable()]];
const addon = nativeAddon();
if (addon) tables.push(['native', () => new NativeBackedStateTable(new addon.StateTable())]);

for (const [kind, make] of tables) {
  t.test(`${kind}: stores copies and hands back copies`, async (t) => {
    const table = make();
    const reply = Buffer.from('....hello world....');
    const view = reply.subarray(4, 15);
    const slot = table.insert(view);
    reply.fill(0x2e); // the reply buffer is reused: the table must not see it
    t.equal(table.read(slot).toString(), 'hello world');
    t.equal(table.update(slot, Buffer.from('hello world')), false, 'the same bytes: no change');
    t.equal(table.update(slot, Buffer.from('hello worle')), true, 'one byte differs: changed');
    t.equal(table.read(slot).toString(), 'hello worle');
    t.equal(table.update(slot, Buffer.from('hello')), true, 'shorter: changed');
    t.equal(table.update(slot, new Uint8Array([1, 2, 3])), true);
    t.same([...table.read(slot)], [1, 2, 3]);
    const copy = table.read(slot);
    if (kind === 'native') {
      copy[0] = 9; // a native read is a copy: writing to it changes nothing held
      t.same([...table.read(slot)], [1, 2, 3]);
    }
    t.equal(table.size, 1);
    t.equal(table.bytes, 3);
  });

  t.test(`${kind}: empty states are present, and distinct from none`, async (t) => {
    const table = make();
    const slot = table.insert(new Uint8Array(0));
    t.equal(table.read(slot).length, 0);
    t.equal(table.update(slot, new Uint8Array(0)), false);
    t.equal(table.update(slot, new Uint8Array([0])), true);
    t.equal(table.update(slot, new Uint8Array(0)), true);
    t.equal(table.bytes, 0);
    t.equal(table.size, 1);
  });

  t.test(`${kind}: released slots are reused and hold the new bytes only`, async (t) => {
    const table = make();
    const slots = Array.from({ length: 1000 }, (_, i) => table.insert(Buffer.alloc(i % 97, i & 0xff)));
    t.equal(table.size, 1000);
    const expected = Array.from({ length: 1000 }, (_, i) => i % 97).reduce((a, b) => a + b, 0);
    t.equal(table.bytes, expected);
    for (const s of slots.slice(0, 500)) table.release(s);
    t.equal(table.size, 500);
    const again = table.insert(Buffer.from('new'));
    t.ok(slots.slice(0, 500).includes(again), 'a freed slot is handed out again');
    t.equal(table.read(again).toString(), 'new');
    for (const [i, s] of slots.entries()) {
      if (i < 500) continue;
      if (!table.read(s).equals(Buffer.alloc(i % 97, i & 0xff))) t.fail(`slot ${s} changed`);
    }
    for (const s of slots.slice(500)) table.release(s);
    table.release(again);
    t.equal(table.size, 0);
    t.equal(table.bytes, 0);
  });

  t.test(`${kind}: large states`, async (t) => {
    const table = make();
    const big = Buffer.alloc(4 << 20, 7);
    const slot = table.insert(big);
    t.ok(table.read(slot).equals(big));
    t.equal(table.bytes, 4 << 20);
  });
}

t.test('native: bad arguments throw instead of crashing', { skip: !addon && 'addon not loaded' }, async (t) => {
  const raw = new addon!.StateTable() as unknown as Record<string, (...a: unknown[]) => unknown>;
  t.throws(() => raw.update!('x', Buffer.alloc(1)), TypeError);
  t.throws(() => raw.update!(-1, Buffer.alloc(1)), RangeError);
  t.throws(() => raw.update!(1.5, Buffer.alloc(1)), RangeError);
  t.throws(() => raw.update!(2 ** 31, Buffer.alloc(1)), RangeError);
  t.throws(() => raw.update!(0, 'not bytes'), TypeError);
  t.throws(() => raw.update!(0, new Uint16Array(2)), TypeError, 'only Uint8Array views');
  t.throws(() => raw.read!(0), TypeError, 'read needs a target');
  t.throws(() => raw.read!(), TypeError);
  t.equal(raw.read!(12345, Buffer.alloc(4)), -1, 'an empty slot reads as -1');
  raw.remove!(12345); // removing what is not there is a no-op
  t.equal(raw.update!(3, Buffer.from('abcdef')), true);
  const small = Buffer.alloc(3);
  t.equal(raw.read!(3, small), 3, 'read never writes past its target');
  t.equal(small.toString(), 'abc');
  t.equal(raw.bytes!(), 6);
});
