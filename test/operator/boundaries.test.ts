// Folder boundaries (ARCHITECTURE.md): the data plane never imports the operator, and the
// operator uses other folders only through their public index.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';

const src = join(__dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'|import\('([^']+)'\)/g)].map((m) => (m[1] ?? m[2])!);

t.test('src/hotpath never imports src/operator', async (t) => {
  const offenders = files(join(src, 'hotpath')).flatMap((f) =>
    imports(f)
      .filter((i) => /operator/.test(i))
      .map((i) => `${relative(src, f)}: ${i}`),
  );
  t.same(offenders, []);
});

t.test('src/operator reaches other folders only through their index', async (t) => {
  const offenders = files(join(src, 'operator')).flatMap((f) =>
    imports(f)
      .filter((i) => i.startsWith('../') && !/^\.\.\/[a-z]+$/.test(i) && i !== '../errors')
      .map((i) => `${relative(src, f)}: ${i}`),
  );
  t.same(offenders, []);
  t.ok(files(join(src, 'operator')).length > 10, 'the operator folder was scanned');
});
