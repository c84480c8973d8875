import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATALOG } from '../../lib/catalog';
import { guardBinary, guardRuleName, policiesDir, policyFiles } from '../../lib/guard/guard';

const dir = policiesDir();
const policies = policyFiles(dir);

function guardTest(root: string) {
  return spawnSync(guardBinary(), ['test', '-d', root], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

describe('Guard policies in policies/', () => {
  test('cfn-guard test passes for every policy and its tests', () => {
    const r = guardTest(dir);
    const failed = r.stdout.split('\n').filter((l) => /FAIL Rules:|Expected = \w+, Evaluated = /.test(l));
    expect(failed).toEqual([]);
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
  });

  test('cfn-guard test exits non-zero when an expectation fails (this gate can fail)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-guard-test-'));
    fs.mkdirSync(path.join(tmp, 'x', 'tests'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'x', 'R.guard'), 'rule HealthData_R { Resources exists }\n');
    fs.writeFileSync(path.join(tmp, 'x', 'tests', 'R_tests.yml'), '- name: wrong\n  input: { Resources: { A: { Type: X } } }\n  expectations:\n    rules:\n      HealthData_R: FAIL\n');
    expect(guardTest(tmp).status).not.toBe(0);
  });

  test.each(policies.map((p) => [path.relative(dir, p), p]))('%s belongs to a catalog rule and is complete', (_rel, file) => {
    const service = path.basename(path.dirname(file));
    const name = path.basename(file, '.guard');
    const entry = CATALOG.find((e) => e.service === service && e.name === name);
    expect(entry?.id).toBe(`HealthData-${name}`);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`^rule ${guardRuleName(entry!.id)} `, 'm'));
    expect(text).toContain(`[${entry!.id}]`);
    expect(text).toContain('[FIX]');
    const tests = path.join(path.dirname(file), 'tests', `${name}_tests.yml`);
    expect(fs.existsSync(tests)).toBe(true);
    const names = fs.readFileSync(tests, 'utf8');
    expect(names).toMatch(/name:.*empty.*SKIP/i);
    expect(names).toMatch(/name:.*no .*SKIP/i);
    expect(names).toMatch(/name:.*PASS/);
    expect(names).toMatch(/name:.*absent.*FAIL/i);
    expect(names).toMatch(/name:.*(parameter|token|import).*FAIL/i);
    expect(names).toMatch(/name:.*Fn::If.*FAIL/);
    expect(names).toMatch(/name:.*CDK.*(FAIL|PASS)/);
  });
});

test('every catalog rule has its Guard twin and its cfn-guard tests, and no policy is left without a rule', () => {
  const expected = CATALOG.map((e) => path.join(e.service, `${e.name}.guard`)).sort();
  expect(policies.map((p) => path.relative(dir, p)).sort()).toEqual(expected);
  for (const e of CATALOG) expect(fs.existsSync(path.join(dir, e.service, 'tests', `${e.name}_tests.yml`))).toBe(true);
});
