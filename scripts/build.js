#!/usr/bin/env node
// `npm run build` (and `prepare`): compile lib/ and the CLI to dist/ with tsconfig.build.json.
// The build is incremental (dist/.tsbuildinfo), which keeps `npm pack` fast after `npm ci`;
// since tsc never deletes the output of a source that was removed or renamed, outputs without a
// source are deleted here, so a stale module can never be packed.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const out of walk(dist)) {
  const m = /^(.*)\.(js|d\.ts)$/.exec(path.relative(dist, out));
  if (m && !fs.existsSync(path.join(root, `${m[1]}.ts`))) fs.rmSync(out);
}
