/**
 * Where a resource or property sits in a template file (line and column, 1-based),
 * for SARIF. JSON is read by the same YAML parser (JSON is YAML), keeping positions.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** `Properties.A[0].B` -> ['Properties', 'A', 0, 'B'] */
export function pathSegments(p: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of p.split('.').filter(Boolean)) {
    const m = /^([^[]*)((\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

/**
 * Past this size a template is not re-parsed with positions (a YAML document with ranges costs
 * tens of times the text: a 50 MB template took 2.7 GB); findings are placed at their resource's key.
 */
export const FULL_LOCATE_MAX_CHARS = 4 * 1024 * 1024;

/** A locator for one file's text; `locate` returns the deepest existing node on the path. */
export function locator(text: string): (logicalId: string, path?: string) => Position | undefined {
  if (text.length > FULL_LOCATE_MAX_CHARS) return keyLocator(text);
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    // Unknown tags (!Ref ...) only warn: positions are all we need here.
    doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: false, uniqueKeys: false, strict: false });
  } catch {
    return () => undefined;
  }
  const pos = (n: Node | undefined): Position | undefined => {
    if (!n || !n.range) return undefined;
    const { line, col } = lc.linePos(n.range[0]);
    return { line, column: col };
  };
  return (logicalId, p) => {
    let node: unknown = doc.contents;
    let best: Position | undefined;
    for (const seg of ['Resources', logicalId, ...(p ? pathSegments(p) : [])]) {
      if (isMap(node)) {
        const pair = node.items.find((it) => String((it.key as { value?: unknown })?.value ?? it.key) === String(seg));
        if (!pair) break;
        best = pos(pair.key as Node) ?? best;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        best = pos(item) ?? best;
        node = item;
      } else {
        break;
      }
    }
    return best;
  };
}

/** Large templates: the line and column of the resource's key (`"Id":` or `Id:`), found by a text search. */
function keyLocator(text: string): (logicalId: string) => Position | undefined {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (logicalId) => {
    const escaped = logicalId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(^|[\\s{,])"?${escaped}"?\\s*:`, 'm').exec(text);
    if (!m) return undefined;
    const at = m.index + m[1].length;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };
}
