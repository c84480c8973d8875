import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../../lib/catalog';
import { generatedFiles, ROOT } from '../../scripts/generated';

describe('files generated from the rules are up to date (npm run generate)', () => {
  test.each(generatedFiles().map((g) => [g.file, g] as const))('%s', (file, g) => {
    const target = path.join(ROOT, file);
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe(g.content);
  });
});

test('the roster names every rule once, and every category has rules', () => {
  const roster = fs.readFileSync(path.join(ROOT, 'test', 'catalog', 'roster.txt'), 'utf8').trim().split('\n');
  expect(new Set(roster).size).toBe(roster.length);
  expect(roster).toEqual(CATALOG.map((e) => e.id).sort());
  for (const c of ['P', 'H', 'E']) expect(CATALOG.filter((e) => e.category === c).length).toBeGreaterThan(10);
});
