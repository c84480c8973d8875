/**
 * Turning command-line paths into templates to judge: a template file, a
 * directory of templates, or a cloud assembly (`cdk.out`, read through its
 * manifest, nested assemblies included). Every problem is reported per input;
 * nothing is skipped in silence.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface Input {
  /** The file as given or found. */
  readonly file: string;
  /** Why the input cannot be checked, when it cannot. */
  readonly error?: string;
  /** The text, when it was read from standard input. */
  readonly text?: string;
}

const TEMPLATE_EXT = /\.(json|ya?ml|template)$/i;

/** Expand command-line paths into template files (or per-path errors). */
export function expandInputs(paths: readonly string[], readStdin: () => string = () => fs.readFileSync(0, 'utf8')): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ file: '-', text: readStdin() });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      if (/[*?[]/.test(p)) {
        const matches = expandGlob(p);
        if (matches.length === 0) out.push({ file: p, error: 'the pattern matches no file' });
        out.push(...expandInputs(matches, readStdin));
        continue;
      }
      out.push({ file: p, error: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) {
      out.push(...expandDirectory(p));
    } else if (!TEMPLATE_EXT.test(p)) {
      out.push({ file: p, error: 'unknown file type: expected a CloudFormation template (.json, .yaml, .yml or .template)' });
    } else {
      out.push({ file: p });
    }
  }
  return out;
}

function expandDirectory(dir: string): Input[] {
  const manifest = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifest)) return expandAssembly(dir, manifest, new Set());
  const found: Input[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(d, name);
      const st = fs.statSync(full);
      if (st.isDirectory()) {
        if (fs.existsSync(path.join(full, 'manifest.json'))) found.push(...expandAssembly(full, path.join(full, 'manifest.json'), new Set()));
        else walk(full);
      } else if (TEMPLATE_EXT.test(name)) {
        found.push({ file: full });
      }
    }
  };
  walk(dir);
  if (found.length === 0) return [{ file: dir, error: 'the directory holds no CloudFormation templates (.json, .yaml, .yml, .template)' }];
  return found;
}

/** Every stack template of a cloud assembly, following nested assemblies (stages). */
function expandAssembly(dir: string, manifestFile: string, seen: Set<string>): Input[] {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let manifest: { artifacts?: Record<string, { type?: string; properties?: Record<string, unknown> }> };
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch (e) {
    return [{ file: manifestFile, error: `cloud assembly manifest is not valid JSON: ${(e as Error).message}` }];
  }
  const out: Input[] = [];
  for (const [id, a] of Object.entries(manifest.artifacts ?? {})) {
    if (a.type === 'aws:cloudformation:stack') {
      const t = a.properties?.templateFile;
      out.push(typeof t === 'string' ? { file: path.join(dir, t) } : { file: manifestFile, error: `stack artifact '${id}' has no templateFile` });
    } else if (a.type === 'cdk:cloud-assembly') {
      const sub = a.properties?.directoryName;
      if (typeof sub === 'string') out.push(...expandAssembly(path.join(dir, sub), path.join(dir, sub, 'manifest.json'), seen));
    }
  }
  if (out.length === 0) return [{ file: dir, error: 'the cloud assembly holds no stack templates' }];
  return out;
}

/** Files matching a glob (`*`, `?`, `**`, `[...]`), for CI jobs that pass a quoted pattern. */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex((p) => /[*?[]/.test(p));
  const base = parts.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = parts.slice(firstGlob).join('/');
  let re = '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '*' && rest[i + 1] === '*') {
      re += rest[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += rest[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = rest.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${rest.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const matcher = new RegExp(`^${re}$`);
  const found: string[] = [];
  const walk = (dir: string, rel: string) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (fs.statSync(full).isDirectory()) walk(full, r);
      else if (matcher.test(r)) found.push(base === '.' && !pattern.startsWith('./') ? r : path.join(base, r));
    }
  };
  walk(base, '');
  return found;
}
