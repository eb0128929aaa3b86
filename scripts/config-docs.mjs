// Renders README.md's configuration tables from the schemas (compiled to dist/ by
// `npm run build`): the proxy's (src/control/config-schema.ts) between <!-- config:start -->
// and <!-- config:end -->, bin/activator's (src/activators/config-schema.ts) between
// <!-- activator-config:start --> and <!-- activator-config:end -->.
//   node scripts/config-docs.mjs           rewrite README.md
//   node scripts/config-docs.mjs --check   exit 1, printing what differs, when README.md is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { withConfigTables, renderConfigTables } = require(join(root, 'dist', 'src', 'control', 'config-docs.js'));
const activators = require(join(root, 'dist', 'src', 'activators', 'config-schema.js'));
const file = join(root, 'README.md');
const current = readFileSync(file, 'utf8');
const rendered = withConfigTables(withConfigTables(current), renderConfigTables(activators.describeActivatorConfig(), activators.ACTIVATOR_SCHEMA_FILE), {
  start: activators.ACTIVATOR_CONFIG_START,
  end: activators.ACTIVATOR_CONFIG_END,
});

if (!process.argv.includes('--check')) {
  if (rendered !== current) writeFileSync(file, rendered);
  console.log(rendered === current ? 'README.md: configuration tables up to date' : 'README.md: configuration tables rewritten');
} else if (rendered !== current) {
  const had = new Set(current.split('\n'));
  const want = new Set(rendered.split('\n'));
  console.log("README.md's configuration tables differ from the schemas (src/control/config-schema.ts, src/activators/config-schema.ts):");
  for (const line of current.split('\n')) if (!want.has(line)) console.log(`- ${line}`);
  for (const line of rendered.split('\n')) if (!had.has(line)) console.log(`+ ${line}`);
  process.exit(1);
}
