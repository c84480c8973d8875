// The scanner CLI (see lib/scan/cli.ts): cdk-health-data scan [--format ...] PATH...
// Compiled to dist/bin/cdk-health-data.js, which bin/cdk-health-data.js loads.
import { run } from '../lib/scan/cli';

process.exitCode = run(process.argv.slice(2));
