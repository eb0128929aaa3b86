// The command lines as users run them (dist/bin/*.js): `spawn-proxy render` prints the objects,
// and every entry point refuses what it does not know with its usage line (exit 64).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import type { Obj } from './fake-apiserver';

let root = __dirname;
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const PROXY = join(root, 'dist', 'bin', 'proxy.js');
const OPERATOR = join(root, 'dist', 'bin', 'operator.js');
const EXAMPLE = join(root, 'deploy', 'examples', 'typescript-host.yaml');

function run(script: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

t.test('spawn-proxy render -f FILE prints the objects as YAML (or -o json)', async (t) => {
  const r = run(PROXY, ['render', '-f', EXAMPLE, '--proxy-image', 'registry.example/spawn-proxy:1']);
  t.equal(r.code, 0, r.stderr);
  const docs = parseAllDocuments(r.stdout).map((d) => d.toJS() as Obj);
  t.same(
    docs.map((d) => `${d.kind}/${d.metadata.name}`),
    [
      'ConfigMap/shop-proxy-config',
      'ServiceAccount/shop-proxy',
      'Role/shop-proxy',
      'RoleBinding/shop-proxy',
      'Service/shop-proxy',
      'Deployment/typescript-host',
      'Service/typescript-host',
      'PodDisruptionBudget/typescript-host',
      'Deployment/order-webhook',
      'Service/order-webhook',
    ],
  );
  t.equal(docs[5]!.spec.template.spec.containers[1].image, 'registry.example/spawn-proxy:1');
  t.equal(docs[8]!.spec.template.spec.containers[0].image, 'registry.example/spawn-proxy:1', 'the activator runs from the proxy image');
  t.match(r.stderr, /note: ActorSystem default\/shop: create the statestore key once/);
  t.notMatch(r.stderr, /not rendered/, 'Activators are rendered, not skipped');
  const j = run(
    PROXY,
    ['render', '-o', 'json', '-f', '-'],
    `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: parseAllDocuments(readFileSync(EXAMPLE, 'utf8')).map((d) => d.toJS()) })}`,
  );
  t.equal(j.code, 0, j.stderr);
  t.equal(JSON.parse(j.stdout).items.length, 10, 'JSON List in, JSON List out (stdin with -f -)');
});

t.test('render refuses what the operator refuses (exit 65), naming the field', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const file = join(dir, 'bad.yaml');
  const docs = parseAllDocuments(readFileSync(EXAMPLE, 'utf8')).map((d) => d.toJS() as Obj);
  docs[1]!.spec.cluster = { kind: 'erlang' };
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n---\n'));
  const r = run(PROXY, ['render', '-f', file]);
  t.equal(r.code, 65);
  t.match(r.stderr, /ActorSystem default\/shop: spec\.cluster: cluster\.kind: spawn-proxy forms its cluster over NATS/);
  t.equal(r.stdout, '', 'nothing printed for a refused file');
  t.equal(run(PROXY, ['render', '-f', join(dir, 'missing.yaml')]).code, 66);
});

t.test('unknown arguments: usage line, exit 64', async (t) => {
  for (const args of [
    ['render'],
    ['render', '-f'],
    ['render', '--bogus', '-f', EXAMPLE],
    ['render', '-f', EXAMPLE, '-o', 'xml'],
    ['render', '-f', EXAMPLE, 'extra'],
  ]) {
    const r = run(PROXY, args);
    t.equal(r.code, 64, `spawn-proxy ${args.join(' ')}`);
    t.match(r.stderr, /usage: spawn-proxy render -f FILE/);
  }
  const bogus = run(PROXY, ['serve']);
  t.equal(bogus.code, 64, 'spawn-proxy serve does not start a proxy');
  t.match(bogus.stderr, /unknown argument 'serve'\nusage: spawn-proxy /);
  t.equal(run(PROXY, ['--help']).code, 0);
  for (const args of [['--bogus'], ['extra'], ['--lease-duration-seconds', 'x'], ['--log-level', 'loud'], ['--renew-deadline-ms', '20000']]) {
    const r = run(OPERATOR, args);
    t.equal(r.code, 64, `spawn-operator ${args.join(' ')}`);
    t.match(r.stderr, /usage: spawn-operator/);
  }
  const help = run(OPERATOR, ['--help']);
  t.equal(help.code, 0);
  t.match(help.stdout, /usage: spawn-operator/);
});
