// Loading the SDK must not change protobufjs for the program that loads it: a host's own
// int64 fields keep their 64 bits. (The proxy's codec switches Long off, for its own
// process only.) Each check runs in a fresh Node process that loads one codec and then
// looks at protobufjs from the program's side.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { DIST, ROOT } from '../support/harness';

interface Report {
  longKept: boolean;
  roots: string[];
  readerGivesLong: boolean;
  reflected: string;
  sdkCodec?: string;
}

// Runs in the child: `load` is required first, as a program would import the SDK.
const probe = (load: string, sdk: boolean): string => `
const load = require(${JSON.stringify(load)});
const protobuf = require(require.resolve('protobufjs', { paths: [${JSON.stringify(ROOT)}] }));
const Long = require(require.resolve('long', { paths: [${JSON.stringify(ROOT)}] }));
const big = Long.fromString('9007199254740993'); // 2^53 + 1: not a double
const Big = new protobuf.Type('Big').add(new protobuf.Field('v', 1, 'int64'));
const back = Big.decode(Big.encode(Big.fromObject({ v: big })).finish()).v;
const report = {
  longKept: protobuf.util.Long === Long,
  roots: Object.keys(protobuf.roots),
  readerGivesLong: Long.isLong(protobuf.Reader.create(new protobuf.Writer().int64(big).finish()).int64()),
  reflected: String(back),
};
if (${sdk}) {
  const { protocol } = load;
  const req = protocol.InvocationRequest.decode(protocol.InvocationRequest.encode({ scheduledTo: big }).finish());
  report.sdkCodec = String(req.scheduledTo);
}
process.stdout.write(JSON.stringify(report));
`;

async function run(load: string, sdk: boolean): Promise<Report> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', probe(load, sdk)], { timeout: 20_000 });
  return JSON.parse(stdout) as Report;
}

t.test('a program that loads the SDK keeps protobufjs as it was', async (t) => {
  await run(join(DIST, 'src', 'sdk', 'index.js'), false).then((r) => {
    t.ok(r.longKept, 'protobuf.util.Long is still the long package');
    t.ok(r.readerGivesLong, 'readers still decode int64 as Long (configure() was not called without Long)');
    t.equal(r.reflected, '9007199254740993', "the program's own int64 above 2^53 round-trips exactly");
    t.same(r.roots, ['spawn_proxy_sdk'], "the SDK's messages are in a root of their own, not in roots.default");
  });
  const r = await run(join(DIST, 'src', 'sdk', 'protocol.js'), true);
  t.ok(r.longKept, 'spawn-proxy/protocol leaves Long on too');
  t.equal(r.sdkCodec, '9007199254740993', "the SDK's codec keeps an int64 above 2^53 exactly");
});

t.test('the check sees a codec that does switch Long off (the proxy)', async (t) => {
  const r = await run(join(DIST, 'src', 'hotpath', 'codec', 'index.js'), false);
  t.notOk(r.longKept, "the proxy's codec removes Long in its own process");
  t.not(r.reflected, '9007199254740993', 'and 64-bit values lose precision there');
});
