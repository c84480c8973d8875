/**
 * Reading an EFS file system policy (`FileSystemPolicy`, inline on the file
 * system): the document as an object, and the statements that let an anonymous
 * NFS client mount it.
 */
import type { TemplateResource } from '../../template/template';
import { patternCovers, policyStatements, publicGrants, type PolicyProblem } from '../../template/policy';
import { isUnknown } from '../../template/values';

export const POLICY_PATH = 'FileSystemPolicy';

/** The action an NFS client needs to mount at all (read-only access). */
const CLIENT_MOUNT = 'elasticfilesystem:clientmount';

/** The policy as a document: a JSON string is parsed; anything else is returned as it is. */
export function policyDocument(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Whether an action list (or NotAction list in an Allow) grants `elasticfilesystem:ClientMount`; unknown values count as granting. */
function grantsClientMount(statement: Record<string, unknown>): boolean {
  const list = (x: unknown) => (Array.isArray(x) ? x : [x]);
  const matches = (a: unknown) => typeof a === 'string' && patternCovers(a.toLowerCase(), CLIENT_MOUNT);
  if ('NotAction' in statement) {
    const excluded = list(statement.NotAction);
    if (excluded.some((a) => typeof a !== 'string')) return true;
    return !excluded.some(matches);
  }
  return list(statement.Action).some((a) => isUnknown(a) || typeof a !== 'string' || matches(a));
}

/**
 * Allow statements that let anyone mount the file system: `publicGrants` (any
 * principal, no condition pinning the caller to an account, organisation, VPC or
 * source) restricted to statements whose actions include ClientMount. Grants of
 * only ClientWrite/ClientRootAccess to anyone (the shape CDK writes to turn
 * anonymous access off) do not let an anonymous client mount and are not reported.
 */
export function anonymousMountGrants(fileSystem: TemplateResource, document: unknown): PolicyProblem[] {
  const template = fileSystem.template;
  const problems = publicGrants(document, { placeholderIsConcrete: (n) => !template.parameter(n) });
  const byPath = new Map(policyStatements(document).statements.map((s) => [s.path, s.statement]));
  const out: PolicyProblem[] = [];
  for (const p of problems) {
    const statementPath = /^(Statement(\[\d+\])?)/.exec(p.path)?.[1];
    const statement = statementPath ? byPath.get(statementPath) : undefined;
    if (statement === undefined || isUnknown(statement)) out.push(p);
    else if (grantsClientMount(statement)) out.push({ ...p, problem: `lets anonymous NFS clients mount the file system: ${p.problem}` });
  }
  return out;
}

/** The document with every statement that names no resource applied to the file system itself (`Resource: "*"`). */
export function withImplicitResource(document: unknown): unknown {
  const doc = policyDocument(document);
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || isUnknown(doc)) return doc;
  const d = doc as Record<string, unknown>;
  const fill = (s: unknown) => (s && typeof s === 'object' && !Array.isArray(s) && !isUnknown(s) && !('Resource' in s) && !('NotResource' in s)
    ? { ...(s as Record<string, unknown>), Resource: '*' }
    : s);
  if (Array.isArray(d.Statement)) return { ...d, Statement: d.Statement.map(fill) };
  if (d.Statement !== undefined) return { ...d, Statement: fill(d.Statement) };
  return d;
}

