#!/usr/bin/env node
// Entry point of the `cdk-health-data` command: the compiled CLI when the package
// is built (dist/), the TypeScript sources directly in a source checkout.
const fs = require('fs');
const path = require('path');

const source = path.join(__dirname, 'cdk-health-data.ts');
if (fs.existsSync(source)) {
  require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
  require(source);
} else {
  require(path.join(__dirname, '..', 'dist', 'bin', 'cdk-health-data.js'));
}
