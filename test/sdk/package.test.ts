// The SDK as a program that installed the package uses it: `npm pack` this checkout, install
// the tarball into a fresh project, compile a TypeScript host that imports 'spawn-proxy/sdk'
// and 'spawn-proxy/protocol' against the published declarations (inference included: its
// expected type error must still be one), and run it against the proxy from the same tarball.
//
// The package itself is unpacked as npm would install it (the packed file list, its
// package.json `exports`/`bin`); its dependencies are not installed: `npm install --offline`
// cannot resolve them from the cache (no registry metadata is cached) and an online install
// fetches ~250 MB with native builds. They are this checkout's node_modules instead, reached
// through a symlink in the temp project's parent directory, where Node's and TypeScript's
// module lookups find them after the package's own folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { ROOT, startProxy } from '../support/harness';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const HOST = `// A program that installed spawn-proxy.
import { SpawnSystem, defineActor, json } from 'spawn-proxy/sdk';
import { int64ToNumber, protocol } from 'spawn-proxy/protocol';
import * as protobuf from 'protobufjs';
import Long = require('long');

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

const counter = defineActor({
  name: 'counter',
  state: json<{ n: number }>(),
  actions: {
    add: {
      payload: json<{ by: number }>(),
      reply: json<{ n: number }>(),
      handler: ({ state, payload }) => {
        expectType<Equal<typeof state, { n: number } | undefined>>();
        expectType<Equal<typeof payload, { by: number }>>();
        const next = { n: (state?.n ?? 0) + payload.by };
        return { state: next, value: next };
      },
    },
    // @ts-expect-error -- inference works through the published declarations: no 'nope' in the payload
    wrong: { payload: json<{ by: number }>(), handler: ({ payload }) => ({ value: payload.nope }) },
  },
});

async function main(): Promise<void> {
  const system = new SpawnSystem({ name: 'pkg-sys', proxyUrl: process.env.PROXY_URL! });
  system.define(counter);
  await system.start();
  const transport = system.transport;
  const first = await system.invoke('counter', 'add', { payload: { by: 2 } });
  const second = await system.invoke('counter', 'add', { payload: { by: 3 } });
  // This program's protobufjs still has Long: an int64 above 2^53 survives the SDK's codec.
  const big = Long.fromString('9007199254740993');
  const req = protocol.InvocationRequest.decode(protocol.InvocationRequest.encode({ scheduledTo: big }).finish());
  let unsafe = '';
  try {
    int64ToNumber(req.scheduledTo);
  } catch (err) {
    unsafe = (err as Error).name;
  }
  await system.stop();
  console.log(JSON.stringify({
    transport,
    first,
    second,
    longKept: (protobuf.util.Long as unknown) === Long,
    scheduledTo: String(req.scheduledTo),
    unsafe,
  }));
}

main().catch((err: Error) => {
  console.error(err.stack);
  process.exit(1);
});
`;

// skipLibCheck: checking every declaration file (@types/node, protobufjs) takes ~10 s more;
// what the host uses from ours is checked, and the Equal/@ts-expect-error lines fail if
// any of it resolved to `any`.
const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: 'ES2022',
    module: 'node16',
    moduleResolution: 'node16',
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
    outDir: 'out',
    noEmitOnError: true,
  },
  files: ['host.ts'],
});

interface Manifest {
  bin: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
  typesVersions: Record<string, Record<string, string[]>>;
}

t.test('the packed package, installed into a fresh project', async (t) => {
  const tmp = await mkdtemp(join(tmpdir(), 'spawn-proxy-pkg-'));
  t.teardown(() => rm(tmp, { recursive: true, force: true }));

  const packed = JSON.parse((await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT })).stdout) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const files = packed[0]!.files.map((f) => f.path);
  for (const f of [
    'dist/src/sdk/index.js',
    'dist/src/sdk/index.d.ts',
    'dist/src/sdk/protocol.d.ts',
    'dist/src/sdk/generated/spawn.js',
    'dist/src/sdk/generated/spawn.d.ts',
    'dist/bin/proxy.js',
  ]) {
    t.ok(files.includes(f), `the tarball has ${f}`);
  }
  t.notOk(
    files.some((f) => f.startsWith('dist/test/') || f.startsWith('src/') || f.endsWith('.map')),
    'and no tests, TypeScript sources or source maps',
  );

  const app = join(tmp, 'app');
  const pkg = join(app, 'node_modules', 'spawn-proxy');
  await mkdir(pkg, { recursive: true });
  await run('tar', ['-xzf', join(tmp, packed[0]!.filename), '-C', pkg, '--strip-components=1']);
  await symlink(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: { 'spawn-proxy': '0.1.0' } }));
  await writeFile(join(app, 'host.ts'), HOST);
  await writeFile(join(app, 'tsconfig.json'), TSCONFIG);
  await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app }).catch((err: { stdout?: string; message: string }) => {
    throw new Error(`the host did not compile against the published declarations:\n${err.stdout ?? err.message}`);
  });

  const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as Manifest;
  // TypeScript's older resolution (moduleResolution node10) ignores `exports`: typesVersions must name the same files.
  for (const name of ['sdk', 'protocol']) {
    const entry = manifest.exports[`./${name}`] as { types: string };
    t.same(manifest.typesVersions['*']![name], [entry.types.replace(/^\.\//, '')], `typesVersions maps ${name} to the types of exports['./${name}']`);
  }
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: '1' }, join(pkg, manifest.bin['spawn-proxy']!));
  const { stdout } = await run(process.execPath, [join(app, 'out', 'host.js')], { cwd: app, env: { ...process.env, PROXY_URL: proxy.url }, timeout: 20_000 });
  t.same(
    JSON.parse(stdout),
    {
      transport: 'channel',
      first: { n: 2 },
      second: { n: 5 },
      longKept: true,
      scheduledTo: '9007199254740993',
      unsafe: 'RangeError',
    },
    "the installed proxy (bin) serves the installed SDK's host; the host's protobufjs keeps Long",
  );

  const esm = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { SpawnSystem, json } from 'spawn-proxy/sdk'; import { protocol } from 'spawn-proxy/protocol'; console.log(typeof SpawnSystem, typeof json, typeof protocol.InvocationRequest)",
    ],
    { cwd: app },
  );
  t.equal(esm.stdout.trim(), 'function function function', 'ES modules import the same entry points');
});
