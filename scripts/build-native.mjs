// Builds the N-API addon (binding.gyp, native/) during `npm ci` / `npm install`. A machine
// without a C++ toolchain still installs: the build failure is reported and the proxy runs
// on the JavaScript twins (src/hotpath/native.ts). SPAWN_NATIVE=0 skips the build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

if (process.env.SPAWN_NATIVE === '0') {
  console.log('spawn-proxy: SPAWN_NATIVE=0, native addon not built (JavaScript twins in use)');
  process.exit(0);
}

const require = createRequire(import.meta.url);
// npm runs lifecycle scripts with its bundled node-gyp; outside npm, use an installed one.
let gyp = process.env.npm_config_node_gyp;
if (!gyp || !existsSync(gyp)) {
  try {
    gyp = require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    gyp = undefined;
  }
}
const r = gyp
  ? spawnSync(process.execPath, [gyp, 'rebuild'], { stdio: 'inherit' })
  : spawnSync('node-gyp', ['rebuild'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (r.status !== 0) {
  console.warn(
    `spawn-proxy: the native addon did not build (${r.error ? r.error.message : `exit ${r.status}`}); ` +
      'the proxy runs on its JavaScript twins. Needs python3, make and a C++17 compiler (see README, Performance).',
  );
}
