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

/** The largest input read by default: far above any real template (CloudFormation takes 1 MB), far below what hurts. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The size limit in force: `CDK_HEALTH_DATA_MAX_BYTES` when set to a positive whole number. */
export function maxInputBytes(): number {
  const v = Number(process.env.CDK_HEALTH_DATA_MAX_BYTES);
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_MAX_BYTES;
}

/** Thrown when an input cannot be read as a template file; its message is the one-line reason. */
export class InputError extends Error {}

/**
 * The text of a template file: a regular file (a symlink to one is followed) within the size
 * limit. FIFOs, devices and sockets are refused before they are opened, so they cannot hang the
 * scanner or grow its memory without bound.
 */
export function readTemplateFile(file: string, maxBytes: number = maxInputBytes()): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new InputError(`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!st.isFile()) throw new InputError(`is not a regular file (${kind(st)}): only template files are read`);
  if (st.size > maxBytes) throw new InputError(`is ${st.size} bytes, over the limit of ${maxBytes} (set CDK_HEALTH_DATA_MAX_BYTES to raise it)`);
  return fs.readFileSync(file, 'utf8');
}

/** Standard input, read up to the size limit; past it, or when it cannot be read, an InputError. */
export function readStdinLimited(maxBytes: number = maxInputBytes()): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1024 * 1024);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new InputError(`standard input cannot be read: ${code ?? (e as Error).message}`);
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new InputError(`standard input is over the limit of ${maxBytes} bytes (set CDK_HEALTH_DATA_MAX_BYTES to raise it)`);
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function kind(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/** Expand command-line paths into template files (or per-path errors). */
export function expandInputs(paths: readonly string[], readStdin: () => string = () => readStdinLimited()): Input[] {
  const out: Input[] = [];
  for (const p of paths) {
    if (p === '-') {
      try {
        out.push({ file: '-', text: readStdin() });
      } catch (e) {
        out.push({ file: '-', error: (e as Error).message });
      }
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
  const visited = new Set<string>();
  const walk = (d: string) => {
    // A symlink back up the tree would walk for ever: each directory is read once, by its real path.
    const real = fs.realpathSync(d);
    if (visited.has(real)) return;
    visited.add(real);
    for (const name of fs.readdirSync(d).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(d, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(full);
      } catch (e) {
        found.push({ file: full, error: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        continue;
      }
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
  let manifest: { artifacts?: Record<string, { type?: string; properties?: Record<string, unknown> } | null> } | null;
  try {
    manifest = JSON.parse(readTemplateFile(manifestFile));
  } catch (e) {
    return [{ file: manifestFile, error: `cloud assembly manifest cannot be read: ${(e as Error).message}` }];
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest) || (manifest.artifacts !== undefined && (typeof manifest.artifacts !== 'object' || manifest.artifacts === null))) {
    return [{ file: manifestFile, error: 'cloud assembly manifest is not an object with an artifacts map' }];
  }
  const out: Input[] = [];
  for (const [id, a] of Object.entries(manifest.artifacts ?? {})) {
    if (!a || typeof a !== 'object') {
      out.push({ file: manifestFile, error: `artifact '${id}' of the cloud assembly manifest is not an object` });
      continue;
    }
    if (a.type === 'aws:cloudformation:stack') {
      const t = a.properties?.templateFile;
      out.push(typeof t === 'string' ? { file: path.join(dir, t) } : { file: manifestFile, error: `stack artifact '${id}' has no templateFile` });
    } else if (a.type === 'cdk:cloud-assembly') {
      const sub = a.properties?.directoryName;
      if (typeof sub !== 'string' || !fs.existsSync(path.join(dir, sub, 'manifest.json'))) {
        out.push({ file: manifestFile, error: `nested cloud assembly '${id}' (${String(sub)}) is missing: its stacks cannot be judged` });
      } else {
        out.push(...expandAssembly(path.join(dir, sub), path.join(dir, sub, 'manifest.json'), seen));
      }
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
  const visited = new Set<string>();
  const walk = (dir: string, rel: string) => {
    let names: string[];
    try {
      const real = fs.realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      names = fs.readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      let isDir = false;
      try {
        isDir = fs.statSync(full).isDirectory();
      } catch {
        // a dangling link: matched below like any name, and reported as unreadable
      }
      if (isDir) walk(full, r);
      else if (matcher.test(r)) found.push(base === '.' && !pattern.startsWith('./') ? r : path.join(base, r));
    }
  };
  walk(base, '');
  return found;
}
