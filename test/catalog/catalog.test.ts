import * as fs from 'fs';
import * as path from 'path';
import { CATALOG, RULE_DEFINITIONS, ruleFor } from '../../lib/catalog';

const root = path.join(__dirname, '..', '..');

describe('the catalog', () => {
  test('ids are unique and named HealthData-<Name>', () => {
    const ids = CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of CATALOG) expect(e.id).toBe(`HealthData-${e.name}`);
  });

  test.each(CATALOG.map((e) => [e.id, e] as const))('%s is complete: category, types, title, why, fix, controls', (_id, e) => {
    expect(['P', 'H', 'E']).toContain(e.category);
    expect(e.resourceTypes.length).toBeGreaterThan(0);
    for (const t of e.resourceTypes) expect(t).toMatch(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$|^Custom::\*$/);
    expect(e.title.length).toBeGreaterThan(20);
    expect(e.rationale.length).toBeGreaterThan(20);
    expect(e.fix.length).toBeGreaterThan(10);
    expect(e.controls.length).toBeGreaterThan(0);
  });

  test.each(CATALOG.map((e) => [e.id, e] as const))('%s has its rule file, rule function and test file', (_id, e) => {
    expect(fs.existsSync(path.join(root, 'lib', 'rules', e.service, `${e.name}.ts`))).toBe(true);
    expect(typeof ruleFor(e)).toBe('function');
    expect(fs.existsSync(path.join(root, 'test', 'rules', e.service, `${e.name}.test.ts`))).toBe(true);
  });

  test('every rule file is its service index\'s export of the same name, and nothing else is exported', () => {
    const files = fs.readdirSync(path.join(root, 'lib', 'rules'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => fs.readdirSync(path.join(root, 'lib', 'rules', d.name))
        .filter((f) => /^[A-Z]\w*\.ts$/.test(f))
        .map((f) => `${d.name}/${f.replace(/\.ts$/, '')}`));
    const exported = Object.entries(RULE_DEFINITIONS).flatMap(([svc, defs]) => Object.keys(defs).map((n) => `${svc}/${n}`));
    expect([...exported].sort()).toEqual(files.sort());
    for (const [svc, defs] of Object.entries(RULE_DEFINITIONS)) {
      for (const [name, d] of Object.entries(defs)) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        expect(require(path.join(root, 'lib', 'rules', svc, name)).default).toBe(d);
      }
    }
  });

});

describe('rules that can never be acknowledged', () => {
  const { NEVER_ACKNOWLEDGEABLE } = require('../../lib/catalog/never-acknowledgeable');
  test('every listed id is a catalog rule', () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    expect(Object.keys(NEVER_ACKNOWLEDGEABLE).filter((id) => !ids.has(id))).toEqual([]);
  });
});
