// deploy/ is what `npm run manifests` generates (this test fails when it is stale, as does
// .ci/run), every object in it validates offline, and the operator's ClusterRole grants what
// the reconcilers and informers call.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { DEFAULT_PROXY_IMAGE } from '../../src/operator/names';
import {
  KUBERNETES_SCHEMA_VERSION,
  RESOURCES,
  manifestFiles,
  operatorClusterRole,
  parseDocuments,
  renderDocuments,
  renderManifestFiles,
  validateObject,
} from '../../src/operator';

let root = __dirname;
while (!existsSync(join(root, 'package.json'))) root = dirname(root);

t.test('deploy/ is current', async (t) => {
  for (const [path, text] of Object.entries(renderManifestFiles())) {
    const file = join(root, 'deploy', path);
    t.ok(existsSync(file), `deploy/${path} exists`);
    if (existsSync(file)) t.equal(readFileSync(file, 'utf8'), text, `deploy/${path} is stale: run \`npm run manifests\` and commit deploy/`);
  }
});

t.test(`every object in deploy/ validates offline (Kubernetes ${KUBERNETES_SCHEMA_VERSION}, CRD schemas)`, async (t) => {
  for (const file of manifestFiles()) {
    for (const obj of file.objects) t.same(await validateObject(obj), [], `deploy/${file.path}: ${(obj as { kind: string }).kind}`);
  }
  // The files as written parse back to the same objects.
  for (const file of manifestFiles()) {
    t.same(parseDocuments(readFileSync(join(root, 'deploy', file.path), 'utf8')), JSON.parse(JSON.stringify(file.objects)), `deploy/${file.path} parses back`);
  }
});

t.test("the default image is tagged with the package's version", async (t) => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  t.equal(DEFAULT_PROXY_IMAGE, `spawn-proxy:${version}`, 'bump DEFAULT_PROXY_IMAGE (src/operator/names.ts) with the version, then npm run manifests');
});

t.test('the example resources render, and what they render validates offline', async (t) => {
  const docs = parseDocuments(readFileSync(join(root, 'deploy', 'examples', 'typescript-host.yaml'), 'utf8'));
  const out = renderDocuments(docs, { namespace: 'default', proxyImage: 'spawn-proxy:0.1.0' });
  t.same(
    out.objects.map((o) => (o as { kind: string }).kind),
    ['ConfigMap', 'ServiceAccount', 'Role', 'RoleBinding', 'Service', 'Deployment', 'Service', 'PodDisruptionBudget', 'Deployment', 'Service'],
  );
  for (const o of out.objects) t.same(await validateObject(o), [], `${(o as { kind: string }).kind} ${(o as { metadata: { name: string } }).metadata.name}`);
});

t.test("the operator's ClusterRole grants what it uses", async (t) => {
  const rules = operatorClusterRole().rules!;
  const granted = (group: string, resource: string, verb: string) =>
    rules.some((r) => r.apiGroups!.includes(group) && r.resources!.includes(resource) && r.verbs.includes(verb));
  const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
  for (const type of Object.values(RESOURCES)) {
    const g = groupOf(type.apiVersion);
    if (type.kind === 'Lease') continue; // a namespaced Role in the operator's namespace
    if (type.kind === 'ActorSystem' || type.kind === 'ActorHost' || type.kind === 'Activator') {
      for (const verb of ['get', 'list', 'watch']) t.ok(granted(g, type.plural, verb), `${verb} ${type.plural}`);
      t.ok(granted(g, `${type.plural}/status`, 'patch'), `patch ${type.plural}/status`);
    } else if (type.kind === 'Secret') {
      t.ok(granted(g, 'secrets', 'get') && granted(g, 'secrets', 'create'), 'get and create secrets');
      t.notOk(granted(g, 'secrets', 'list') || granted(g, 'secrets', 'watch') || granted(g, 'secrets', 'patch'), 'and nothing more on secrets');
    } else {
      for (const verb of ['get', 'list', 'watch', 'create', 'patch', 'delete']) t.ok(granted(g, type.plural, verb), `${verb} ${type.plural}`);
    }
  }
});
