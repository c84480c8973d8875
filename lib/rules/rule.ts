/**
 * What a rule is: a pure function of one resource (and the template it sits in)
 * that returns what it found wrong. An empty list means compliant. A rule never
 * reads files or prints; the engine adds the rule id, the resource, why and the fix.
 */
import type { Resource } from '../template/template';

export interface RuleFinding {
  /** Property path from the resource, e.g. `Properties.PublicAccessBlockConfiguration.BlockPublicAcls`. */
  readonly path: string;
  /** What is wrong, e.g. `is not true`. */
  readonly problem: string;
  /** What was found there, already described for a person (see `describe`). */
  readonly found?: string;
  /** `Fn::If` branches under which this rendering happens. */
  readonly branches?: readonly string[];
}

export type Rule = (resource: Resource) => RuleFinding[];
