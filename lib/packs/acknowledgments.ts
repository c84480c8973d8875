/**
 * Acknowledgments the CDK way: `Validations.of(construct).acknowledge({ id, reason })`
 * writes metadata on the construct; it covers the construct and everything below it.
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Whether any of `ids` is acknowledged on the construct or one of its scopes. CDK's
 * report suggests `<plugin>::<rule>`, cdk-nag uses the bare rule id: callers pass the
 * forms they honour, so one acknowledgment means the same to every engine.
 */
export function isAcknowledged(node: IConstruct | undefined, ids: readonly string[]): boolean {
  for (let cur: IConstruct | undefined = node; cur; cur = cur.node.scope) {
    for (const m of cur.node.metadata) {
      if (m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY && m.data && typeof m.data === 'object') {
        if (Object.keys(m.data).some((k) => ids.includes(k.replace(/^annotation::/i, '')))) return true;
      }
    }
  }
  return false;
}
