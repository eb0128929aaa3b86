// The error catalogue (src/errors.ts) and what is said about it agree: README.md "## Errors"
// has one row per code, proxy and SDK, with the catalogue's HTTP status and retryability and
// a "When"; no row or source file names a code the catalogue does not have.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ERROR_CODES, SDK_ERROR_CODES, SpawnError, isRetryable, type ErrorCode } from '../../src/errors';
import { SpawnSdkError } from '../../src/sdk';

const ROOT = join(__dirname, '..', '..');
const CODE = /\bSPAWN_(?:ERR|SDK)_[A-Z][A-Z_]*\b/g;

interface Row {
  http: string;
  retryable: string;
  when: string;
}

/** The rows of the tables in README.md's "## Errors" section, by code. */
function readmeRows(): { rows: Map<string, Row>; section: string; problems: string[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Errors\n');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const rows = new Map<string, Row>();
  const problems: string[] = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const code = /^`(SPAWN_[A-Z_]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!code || cells.length !== 4) {
      problems.push(`not one code with HTTP, Retryable and When: ${line.slice(0, 100)}`);
      continue;
    }
    if (rows.has(code)) problems.push(`${code} has two rows`);
    rows.set(code, { http: cells[1]!, retryable: cells[2]!, when: cells[3]! });
  }
  return { rows, section, problems };
}

t.test('README lists every code of the catalogue, as the catalogue has it', async (t) => {
  const { rows, section, problems } = readmeRows();
  t.same(problems, [], 'every table row is one code with HTTP, Retryable and When');
  t.ok(section.startsWith('\n## Errors'), 'the README has an Errors section');
  for (const [code, spec] of Object.entries(ERROR_CODES)) {
    const row = rows.get(code);
    if (!row) {
      t.fail(`${code} is missing from README.md "## Errors"`);
      continue;
    }
    t.equal(row.http, String(spec.http), `${code}: HTTP ${spec.http}`);
    const retryable = spec.retryable ? 'yes' : 'awaitsRegistration' in spec ? 'no — a delayed invocation waits for it' : 'no';
    t.equal(row.retryable, retryable, `${code}: retryable column`);
    t.ok(row.when.length > 10, `${code}: says when`);
  }
  for (const [code, spec] of Object.entries(SDK_ERROR_CODES)) {
    const row = rows.get(code);
    if (!row) {
      t.fail(`SDK code ${code} is missing from README.md "## Errors"`);
      continue;
    }
    t.match(row.http, /^(—|as answered)$/, `${code}: no HTTP status of its own`);
    t.equal(row.retryable, spec.retryable ? 'yes' : 'no', `${code}: retryable column`);
    t.ok(row.when.length > 10, `${code}: says when`);
  }
  const known = new Set([...Object.keys(ERROR_CODES), ...Object.keys(SDK_ERROR_CODES)]);
  for (const code of new Set(section.match(CODE))) t.ok(known.has(code), `README names ${code}, which the catalogue has`);
});

t.test('every code the source uses is in the catalogue', async (t) => {
  const known = new Set([...Object.keys(ERROR_CODES), ...Object.keys(SDK_ERROR_CODES)]);
  const used = new Set<string>();
  for (const dir of ['src', 'bin']) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      // The catalogue itself names them all.
      if (!f.endsWith('.ts') || f.includes('generated') || (dir === 'src' && f === 'errors.ts')) continue;
      for (const code of readFileSync(join(ROOT, dir, f), 'utf8').match(CODE) ?? []) used.add(code);
    }
  }
  t.ok(used.size > 20, `${used.size} codes found in src/ and bin/ outside the catalogue`);
  for (const code of used) t.ok(known.has(code), `${code} is in src/errors.ts`);
  t.same(
    Object.keys(SDK_ERROR_CODES).filter((c) => !used.has(c)),
    [],
    'every SDK code is still thrown somewhere (a code is never removed, but an unused one should be noticed)',
  );
});

t.test('SpawnError and SpawnSdkError take retryable from the catalogue', async (t) => {
  for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
    const e = new SpawnError(code, 'x');
    t.equal(e.retryable, ERROR_CODES[code].retryable, `${code}: proxy side`);
    t.equal(SpawnSdkError.fromStatus('call', e.statusMessage, e.httpStatus).retryable, e.retryable, `${code}: as the SDK reads it from a RequestStatus`);
  }
  for (const [code, spec] of Object.entries(SDK_ERROR_CODES)) t.equal(new SpawnSdkError(code, 'x').retryable, spec.retryable, `${code}: SDK side`);
  t.equal(SpawnSdkError.fromStatus('call', 'something broke', 500).code, 'SPAWN_ERR_UNKNOWN');
  t.equal(isRetryable('SPAWN_ERR_FROM_A_NEWER_PROXY'), false, 'a code this catalogue does not know is not retried');
});
