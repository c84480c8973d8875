/**
 * Nested stacks: CDK writes each `NestedStack` as a separate `*.nested.template.json` asset
 * beside its parent's template, and deploys it through an `AWS::CloudFormation::Stack`
 * resource. Whoever judges a stack judges what it nests.
 */
import * as fs from 'fs';
import * as path from 'path';

interface Body {
  Resources?: Record<string, { Type?: unknown; Metadata?: Record<string, unknown>; Properties?: { TemplateURL?: unknown } } | null>;
}

/**
 * The asset file names of the nested stack templates a template deploys: the `aws:asset:path`
 * metadata CDK writes, else a `*.nested.template.json` name inside the `TemplateURL`.
 */
export function nestedTemplateNames(body: unknown): string[] {
  const names = new Set<string>();
  for (const r of Object.values((body as Body | null)?.Resources ?? {})) {
    if (!r || r.Type !== 'AWS::CloudFormation::Stack') continue;
    const assetPath = r.Metadata?.['aws:asset:path'];
    if (typeof assetPath === 'string' && !assetPath.includes('/') && !assetPath.includes('\\')) names.add(assetPath);
    for (const m of JSON.stringify(r.Properties?.TemplateURL ?? '').matchAll(/[\w.-]+\.nested\.template\.json/g)) names.add(m[0]);
  }
  return [...names];
}

/** The nested stack template files beside `file` that its body deploys (those that exist). */
export function nestedTemplateFiles(file: string, body: unknown): string[] {
  const dir = path.dirname(file);
  return nestedTemplateNames(body).map((n) => path.join(dir, n)).filter((f) => fs.existsSync(f));
}

/** Template files followed by every nested stack template they deploy, recursively, each once. */
export function withNestedTemplates(files: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const real = path.resolve(file);
    if (seen.has(real)) return;
    seen.add(real);
    out.push(file);
    let body: unknown;
    try {
      body = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return; // whoever judges the file reports that it cannot be read
    }
    for (const nested of nestedTemplateFiles(file, body)) add(nested);
  };
  files.forEach(add);
  return out;
}
