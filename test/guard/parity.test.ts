/**
 * Parity: the rules engine and the Guard policies judge the same templates the
 * same way. Every template of the corpus (test/corpus/fixtures, a copy of
 * ../shared/corpus) goes through both engines; for
 * each (template, rule with a Guard twin) the verdicts must match, except where a
 * difference is declared (catalog guardDifference, or Guard's general inability
 * to evaluate intrinsics), and then only in the declared direction.
 * The rules' own fixtures get the same comparison in test/support/harness.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG, INTRINSICS_DIFFERENCE } from '../../lib/catalog';
import { usesResolvableIntrinsics } from '../../lib/guard/differences';
import { entryRuleNames, policyFiles, ruleIdOf } from '../../lib/guard/guard';
import { foundBy } from '../../lib/engine/evaluate';
import { scanPaths } from '../../lib/scan/scan';
import { parseTemplateText } from '../../lib/template/load';

const corpus = path.join(__dirname, '..', 'corpus', 'fixtures');

describe('parity of the rules engine and the Guard policies on the corpus', () => {
  test('the corpus copy is in the repository', () => {
    expect(fs.existsSync(path.join(corpus, 'manifest.json'))).toBe(true);
  });

  test('every (template, rule) verdict matches, or differs only as declared', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as Array<{ file: string }>;
    const files = [...new Set(manifest.map((e) => path.join(corpus, e.file)))];
    const twins = entryRuleNames(policyFiles()).map(ruleIdOf);
    const result = scanPaths(files, { engine: 'all' });
    const undeclared: string[] = [];
    for (const f of result.files) {
      expect(f.status).toBe('checked');
      const byRules = new Set(f.findings.filter((x) => foundBy(x, 'rules')).map((x) => x.ruleId));
      const byGuard = new Set(f.findings.filter((x) => foundBy(x, 'guard')).map((x) => x.ruleId));
      for (const id of twins) {
        if (byRules.has(id) === byGuard.has(id)) continue;
        const direction = byGuard.has(id) ? 'stricter' : 'looser';
        const entry = CATALOG.find((e) => e.id === id);
        const declared = entry?.guardDifference?.direction === direction
          || (direction === INTRINSICS_DIFFERENCE.direction && usesResolvableIntrinsics(parseTemplateText(fs.readFileSync(f.file, 'utf8'))));
        if (!declared) undeclared.push(`${path.relative(corpus, f.file)} ${id}: Guard is ${direction} than the rule`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
