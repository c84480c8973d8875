// The scanner CLI (see lib/scan/cli.ts): cdk-health-data scan [--format ...] PATH...
import { main } from '../lib/scan/cli';

process.exitCode = main(process.argv.slice(2));
