// Emits the .d.ts files of the published surface (tsconfig.sdk.json: spawn-proxy/sdk and
// spawn-proxy/protocol) into dist, next to the JavaScript tsconfig.json emitted. tsc never
// copies .d.ts inputs, so the generated codec's declarations (pbts output) are copied here.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.sdk.json')], { stdio: 'inherit' });
const generated = join('src', 'sdk', 'generated', 'spawn.d.ts');
mkdirSync(dirname(join(root, 'dist', generated)), { recursive: true });
copyFileSync(join(root, generated), join(root, 'dist', generated));
