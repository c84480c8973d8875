#!/usr/bin/env node
// Entry point of the `cdk-health-data` command. An installed package runs the compiled
// CLI (dist/bin/cdk-health-data.js, built by `npm run build` on prepare); the TypeScript
// sources are not published, so nothing here needs ts-node. A source checkout whose dev
// dependencies are installed runs the sources instead, so a change needs no rebuild.
// Whatever stops the CLI from starting exits 2 with one line: exit 1 means findings.
const fs = require('fs');
const path = require('path');

function start() {
  const source = path.join(__dirname, 'cdk-health-data.ts');
  if (fs.existsSync(source)) {
    let tsNode;
    try {
      tsNode = require.resolve('ts-node');
    } catch {
      tsNode = undefined; // a checkout without dev dependencies: use the build, if any
    }
    if (tsNode) {
      require(tsNode).register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
      return require(source);
    }
  }
  const compiled = path.join(__dirname, '..', 'dist', 'bin', 'cdk-health-data.js');
  if (!fs.existsSync(compiled)) throw new Error(`${compiled} is missing: run 'npm run build' in the package folder`);
  return require(compiled);
}

try {
  start();
} catch (e) {
  const debug = process.argv.includes('--debug');
  const message = String((e && e.message) || e).split('\n')[0];
  process.stderr.write(`cdk-health-data: cannot start: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  if (debug && e && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
