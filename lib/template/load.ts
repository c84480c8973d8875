/**
 * Loading CloudFormation templates from text: JSON, or YAML with the short-form
 * intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`, `!If`, ...), which are expanded to
 * their long form (`{ "Ref": ... }`) so that the rest of the model sees one shape.
 */
import { parseDocument, YAMLMap, YAMLSeq, type CollectionTag, type ScalarTag } from 'yaml';

/** A template could not be read as a CloudFormation template. */
export class TemplateParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateParseError';
  }
}

const FUNCTIONS = [
  'And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'GetAZs', 'If', 'ImportValue', 'Join', 'Not', 'Or',
  'Select', 'Split', 'Sub', 'Transform', 'Length', 'ToJsonString',
];

function longName(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

function cfnTags(): Array<ScalarTag | CollectionTag> {
  const tags: Array<ScalarTag | CollectionTag> = [];
  for (const name of [...FUNCTIONS, 'Ref', 'Condition', 'GetAtt']) {
    const key = longName(name);
    tags.push({
      tag: `!${name}`,
      resolve: (value: string) => {
        // `!GetAtt A.B` is the scalar short form of `{ "Fn::GetAtt": ["A", "B"] }`.
        if (name === 'GetAtt') {
          const dot = value.indexOf('.');
          return { [key]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
        }
        return { [key]: value };
      },
    } as ScalarTag);
    tags.push({
      tag: `!${name}`,
      collection: 'seq',
      resolve: (seq: YAMLSeq) => ({ [key]: seq.toJSON() }),
    } as unknown as CollectionTag);
    tags.push({
      tag: `!${name}`,
      collection: 'map',
      resolve: (map: YAMLMap) => ({ [key]: map.toJSON() }),
    } as unknown as CollectionTag);
  }
  return tags;
}

const TAGS = cfnTags();

/**
 * Parse template text. JSON is tried first when the text looks like JSON, so that
 * error messages for broken JSON name JSON positions.
 */
export function parseTemplateText(text: string, source = '<input>'): Record<string, unknown> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new TemplateParseError(`${source}: the file is empty`);
  let parsed: unknown;
  if (trimmed.startsWith('{')) {
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new TemplateParseError(`${source}: not valid JSON: ${(e as Error).message}`);
    }
  } else {
    const doc = parseDocument(trimmed, { customTags: TAGS, uniqueKeys: false, prettyErrors: false, version: '1.1' });
    if (doc.errors.length) {
      throw new TemplateParseError(`${source}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    }
    // An unknown tag (`!Foo`) is dropped by the parser, leaving a plain value CloudFormation never sees:
    // CloudFormation cannot parse such a template, so it is not judged as if the tag were not there.
    const unresolved = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (unresolved) {
      throw new TemplateParseError(`${source}: not a CloudFormation template: ${unresolved.message.split('\n')[0]} (CloudFormation knows only its intrinsic function tags)`);
    }
    parsed = doc.toJSON();
  }
  return asTemplate(parsed, source);
}

/** Check that a parsed document has the shape of a CloudFormation template. */
export function asTemplate(parsed: unknown, source = '<input>'): Record<string, unknown> {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TemplateParseError(`${source}: not a CloudFormation template (the document is not an object)`);
  }
  const t = parsed as Record<string, unknown>;
  const resources = t.Resources;
  if (!resources || typeof resources !== 'object' || Array.isArray(resources)) {
    throw new TemplateParseError(`${source}: not a CloudFormation template (no 'Resources' section)`);
  }
  for (const [id, r] of Object.entries(resources as Record<string, unknown>)) {
    if (!r || typeof r !== 'object' || typeof (r as Record<string, unknown>).Type !== 'string') {
      throw new TemplateParseError(`${source}: resource '${id}' has no 'Type'`);
    }
    const props = (r as Record<string, unknown>).Properties;
    // `Properties:` left empty in YAML is null: read as no properties (every rule then judges absence).
    if (props !== undefined && props !== null && (typeof props !== 'object' || Array.isArray(props))) {
      throw new TemplateParseError(`${source}: resource '${id}' has 'Properties' that are not an object (found: ${JSON.stringify(props)?.slice(0, 80)}), so it cannot be judged`);
    }
  }
  return t;
}
