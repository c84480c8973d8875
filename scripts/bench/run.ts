/**
 * npm run bench [-- --quick] [-- --rounds N]
 *
 * What the checks cost: whole-process synth of deterministic synthetic apps in fresh
 * processes, every mode interleaved within each round (so drift hits all modes alike),
 * medians of wall time, CPU time and peak memory, and each mode's ratio to the baseline
 * taken pair by pair within a round. Then the scanner on each synthesized cdk.out.
 * Writes BENCHMARKS.md (full runs only) and prints the tables.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsArg = args.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : quick ? 1 : 3;

interface Size { stacks: number; resources: number }
const SIZES: Size[] = quick ? [{ stacks: 1, resources: 50 }, { stacks: 10, resources: 500 }] : [{ stacks: 1, resources: 50 }, { stacks: 10, resources: 500 }, { stacks: 40, resources: 2000 }];
const VARIANTS = quick ? ['dirty'] : ['clean', 'dirty'];
const MODES = ['baseline', 'healthdata', 'guard', 'both', 'hipaa', 'controltower'];
const LABEL: Record<string, string> = {
  baseline: 'plain synth (baseline)', healthdata: '+ HealthDataChecks', guard: '+ HealthData Guard policies', both: '+ both (ours)',
  hipaa: 'cdk-nag HIPAASecurityChecks', controltower: 'Control Tower Guard rules',
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-bench-'));
const hasTime = fs.existsSync('/usr/bin/time');

interface Sample { wall: number; cpu: number; rssMb: number }

/** Run a command in a fresh process; wall time, CPU (user + system, children included) and peak RSS. */
function measure(cmd: string[], env: NodeJS.ProcessEnv): Sample {
  const started = process.hrtime.bigint();
  const full = hasTime ? ['/usr/bin/time', '-f', '__TIME__ %e %U %S %M', ...cmd] : cmd;
  const r = spawnSync(full[0], full.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd.join(' ')} failed (${r.status}): ${(r.stderr || '').slice(-3000)}`);
  const m = /__TIME__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { wall, cpu: m ? Number(m[2]) + Number(m[3]) : NaN, rssMb: m ? Number(m[4]) / 1024 : NaN };
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f1 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(1));
const f2 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(2));

function version(pkg: string): string {
  try {
    return JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`, { paths: [root] }), 'utf8')).version;
  } catch {
    return '?';
  }
}

// Compile once, so every mode pays the same (small) start-up and no TypeScript compile.
console.error('compiling...');
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', path.join(root, 'tsconfig.json'), '--outDir', path.join(work, 'dist')], { encoding: 'utf8' });
if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
fs.symlinkSync(path.join(root, 'policies'), path.join(work, 'policies'));
fs.copyFileSync(path.join(root, 'package.json'), path.join(work, 'package.json'));
const appJs = path.join(work, 'dist', 'scripts', 'bench', 'app.js');
const cliJs = path.join(work, 'dist', 'bin', 'cdk-health-data.js');

const synthRows: string[] = [];
const scanRows: string[] = [];
const started = Date.now();
for (const size of SIZES) {
  for (const variant of VARIANTS) {
    const samples: Record<string, Sample[]> = Object.fromEntries(MODES.map((m) => [m, []]));
    const ratios: Record<string, number[]> = Object.fromEntries(MODES.map((m) => [m, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order each round so that no mode always runs first (or last).
      const order = MODES.map((_m, i) => MODES[(i + round) % MODES.length]);
      const thisRound: Record<string, Sample> = {};
      for (const mode of order) {
        const out = path.join(work, `out-${size.stacks}x${size.resources}-${variant}-${mode}`);
        fs.rmSync(out, { recursive: true, force: true });
        console.error(`round ${round + 1}/${ROUNDS} ${size.stacks}x${size.resources} ${variant} ${mode}`);
        thisRound[mode] = measure([process.execPath, appJs], {
          BENCH_STACKS: String(size.stacks), BENCH_RESOURCES: String(size.resources), BENCH_VARIANT: variant, BENCH_MODE: mode, BENCH_OUT: out,
        });
        samples[mode].push(thisRound[mode]);
      }
      for (const mode of MODES) ratios[mode].push(thisRound[mode].wall / thisRound.baseline.wall);
    }
    for (const mode of MODES) {
      const s = samples[mode];
      synthRows.push(`| ${size.stacks} x ${size.resources} | ${variant} | ${LABEL[mode]} | ${f2(median(s.map((x) => x.wall)))} | ${f2(median(s.map((x) => x.cpu)))} | ${f1(median(s.map((x) => x.rssMb)))} | ${f2(median(ratios[mode]))} |`);
    }
    // The scanner on the baseline cloud assembly, with each engine.
    const out = path.join(work, `out-${size.stacks}x${size.resources}-${variant}-baseline`);
    const templates = fs.readdirSync(out).filter((f) => f.endsWith('.template.json'));
    const resources = templates.reduce((n, f) => n + Object.keys(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')).Resources ?? {}).length, 0);
    for (const engine of ['rules', 'guard', 'all']) {
      const runs = Array.from({ length: ROUNDS }, () => {
        const sample = measure([process.execPath, cliJs, 'scan', '--format', 'json', '--output', path.join(work, 'scan.json'), '--engine', engine, out], {});
        // A scan that crashed is no measurement: the report must hold every template, all checked.
        const report = JSON.parse(fs.readFileSync(path.join(work, 'scan.json'), 'utf8')) as { files: Array<{ status: string }> };
        if (report.files.length !== templates.length || report.files.some((f) => f.status !== 'checked')) throw new Error(`scan of ${out} with ${engine} did not check every template`);
        fs.rmSync(path.join(work, 'scan.json'));
        return sample;
      });
      const wall = median(runs.map((r) => r.wall));
      scanRows.push(`| ${size.stacks} x ${size.resources} | ${variant} | ${engine} | ${templates.length} | ${resources} | ${f2(wall)} | ${f1(templates.length / wall)} | ${f1(resources / wall)} | ${f1(median(runs.map((r) => r.rssMb)))} |`);
    }
  }
}
const minutes = ((Date.now() - started) / 60000).toFixed(1);

const cpu = os.cpus();
const report = [
  '# Benchmarks',
  '',
  `<!-- Written by \`npm run bench\`${quick ? ' -- --quick' : ''} on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. -->`,
  '',
  `Machine: ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node.js ${process.version}.`,
  `Versions: aws-cdk-lib ${version('aws-cdk-lib')}, cdk-nag ${version('cdk-nag')}, @cdklabs/cdk-validator-cfnguard ${version('@cdklabs/cdk-validator-cfnguard')} (cfn-guard 3.1.1), cdk-health-data ${version('.')}.`,
  `Command: \`npm run bench${quick ? ' -- --quick' : ''}\`; ${ROUNDS} round(s) per mode, modes interleaved and rotated within each round; ${minutes} min in all.`,
  '',
  'Apps are generated deterministically (scripts/bench/app.ts): *clean* from the project\'s secure constructs, *dirty* from plain L1 resources',
  'with every third unit public, plaintext or unencrypted (buckets, file systems, databases, load balancers and listeners, security groups,',
  'queues, tables, keys). Every mode synthesizes in a fresh `node` process with aws-cdk-lib\'s built-in CloudFormation validation off',
  '(`builtinCloudFormationValidation: false`), so the baseline is plain synth. Wall and CPU are seconds (CPU includes child processes such',
  'as cfn-guard), memory is peak RSS in MiB (from GNU time), ratio is the median of wall(mode) / wall(baseline) within each round.',
  '',
  '## Synth',
  '',
  '| app (stacks x resources) | variant | mode | wall s | CPU s | peak MiB | ratio to baseline |',
  '|---|---|---|---|---|---|---|',
  ...synthRows,
  '',
  '## Scanner on the synthesized cdk.out',
  '',
  '| app | variant | engine | templates | resources | wall s | templates/s | resources/s | peak MiB |',
  '|---|---|---|---|---|---|---|---|---|',
  ...scanRows,
  '',
  // Hand-written analysis (targets, where the time goes), kept with the script so a rerun keeps it.
  fs.readFileSync(path.join(root, 'scripts', 'bench', 'NOTES.md'), 'utf8').trimEnd(),
  '',
].join('\n');
console.log(report);
if (!quick) fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), report);
fs.rmSync(work, { recursive: true, force: true });
