// Writes deploy/ from the operator's code (src/operator/manifests.ts, compiled to dist/ by
// `npm run build`), after validating every object offline (built-in kinds against the
// Kubernetes OpenAPI schema via kubernetes-models, our kinds against their CRDs), and what the
// example resources render to (the operator's Deployments, Services, ...).
//   node scripts/manifests.mjs           rewrite deploy/
//   node scripts/manifests.mjs --check   exit 1, naming what is stale, when deploy/ differs
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderManifestFiles, renderDocuments, validateObject, KUBERNETES_SCHEMA_VERSION, manifestFiles } = createRequire(import.meta.url)(
  join(root, 'dist', 'src', 'operator', 'index.js'),
);
const deploy = join(root, 'deploy');
const check = process.argv.includes('--check');

let invalid = 0;
for (const file of manifestFiles()) {
  for (const obj of file.objects) {
    for (const problem of await validateObject(obj)) {
      console.log(`deploy/${file.path}: ${problem}`);
      invalid++;
    }
  }
}
// What the example resources become (the objects the operator would apply) must validate too.
for (const file of manifestFiles().filter((f) => f.path.startsWith('examples/'))) {
  for (const obj of renderDocuments(file.objects, { namespace: 'default', proxyImage: 'spawn-proxy:example' }).objects) {
    for (const problem of await validateObject(obj)) {
      console.log(`deploy/${file.path}, rendered: ${problem}`);
      invalid++;
    }
  }
}
if (invalid > 0) {
  console.log(`${invalid} generated object(s) do not validate against Kubernetes ${KUBERNETES_SCHEMA_VERSION}'s schema`);
  process.exit(1);
}

const want = renderManifestFiles();
const stale = [];
for (const [path, text] of Object.entries(want)) {
  const file = join(deploy, path);
  const have = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (have === text) continue;
  stale.push(`deploy/${path}${have === undefined ? ' (missing)' : ''}`);
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of existsSync(deploy) ? walk(deploy) : []) {
  const path = relative(deploy, file);
  if (!(path in want)) stale.push(`deploy/${path} (not generated: delete it)`);
}
if (check) {
  if (stale.length > 0) {
    console.log(`deploy/ is stale: ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`deploy/: up to date, every object valid against Kubernetes ${KUBERNETES_SCHEMA_VERSION}`);
} else {
  console.log(stale.length > 0 ? `deploy/: wrote ${stale.join(', ')}` : 'deploy/: up to date');
  console.log(`every object valid against Kubernetes ${KUBERNETES_SCHEMA_VERSION}`);
}
