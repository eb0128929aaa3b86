// README.md's configuration tables are the schema's rendering (npm run config:docs writes
// them; .ci/run checks them too).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { describeConfig, renderConfigTables, withConfigTables } from '../../src/control';

let root = __dirname;
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const readme = readFileSync(join(root, 'README.md'), 'utf8');

t.test('README.md has the tables the schema renders', async (t) => {
  const rendered = withConfigTables(readme);
  t.equal(readme, rendered, "README.md's configuration tables are stale: run `npm run config:docs` and commit README.md");
});

t.test('every variable has its row, once', async (t) => {
  const tables = renderConfigTables();
  for (const e of describeConfig()) {
    t.equal(tables.split(`| \`${e.env}\` |`).length, 2, `${e.env} has one row`);
    t.equal(readme.split(`| \`${e.env}\` |`).length, 2, `${e.env} has one row in README.md`);
  }
});

t.test('the tables go between the markers, and only there', async (t) => {
  const doc = 'intro\n<!-- config:start -->\nold table\n<!-- config:end -->\nafter\n';
  const out = withConfigTables(doc, 'NEW');
  t.equal(out, 'intro\n<!-- config:start -->\nNEW\n<!-- config:end -->\nafter\n');
  t.equal(withConfigTables(out, 'NEW'), out, 'rendering twice changes nothing');
  t.throws(() => withConfigTables('no markers'), /no <!-- config:start --> \.\.\. <!-- config:end --> block/);
});
