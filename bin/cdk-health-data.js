#!/usr/bin/env node
// Entry point of the `cdk-health-data` command. Runs the compiled CLI when the
// package is built (dist/), and the TypeScript sources directly in a checkout.
const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'dist', 'bin', 'cdk-health-data.js');
const source = path.join(__dirname, 'cdk-health-data.ts');
let cli;
if (fs.existsSync(source)) {
  require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
  cli = require(source);
} else {
  cli = require(compiled);
}
process.exitCode = cli.main(process.argv.slice(2));
