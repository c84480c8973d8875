/**
 * Acknowledgments: the CDK way (`Validations.of(c).acknowledge({ id, reason })`),
 * and governed ones with a ticket and an expiry (`acknowledgeHealthData`). One
 * place decides what an acknowledgment means, for the pack at synth and for the
 * scanner reading the acknowledgments that synth wrote into the template:
 * - a rule marked `acknowledgeable: false` in the catalog can never be acknowledged;
 * - a governed acknowledgment past its expiry no longer counts, and says so.
 */
import { CfnResource, Validations, type IAspect } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { CATALOG } from '../catalog';
import {
  type Acknowledgment, DATE, entryOf, GOVERNED_METADATA_KEY, type GovernedAcknowledgment, judgeAcknowledgment, TEMPLATE_METADATA_KEY,
} from '../catalog/acknowledgment';

export * from '../catalog/acknowledgment';

/**
 * Acknowledge a HealthData finding with a reason, a ticket and an expiry date. After the
 * expiry the finding fails synth again, naming the lapsed acknowledgment. Rules that can
 * never be acknowledged are refused here already.
 */
export function acknowledgeHealthData(scope: IConstruct, ack: GovernedAcknowledgment): void {
  const entry = entryOf(ack.id);
  if (!entry) throw new Error(`acknowledgeHealthData: unknown rule id '${ack.id}' (see RULES.md)`);
  for (const [prop, value] of Object.entries({ reason: ack.reason, ticket: ack.ticket })) {
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`acknowledgeHealthData(${ack.id}): '${prop}' is required (got ${JSON.stringify(value)})`);
  }
  if (typeof ack.expires !== 'string' || !DATE.test(ack.expires) || Number.isNaN(Date.parse(ack.expires))) {
    throw new Error(`acknowledgeHealthData(${ack.id}): 'expires' must be a date YYYY-MM-DD (got ${JSON.stringify(ack.expires)})`);
  }
  const verdict = judgeAcknowledgment(entry, ack, '0000-00-00');
  if (verdict.status === 'refused') throw new Error(verdict.message);
  scope.node.addMetadata(GOVERNED_METADATA_KEY, { id: ack.id, reason: ack.reason, ticket: ack.ticket, expires: ack.expires });
  Validations.of(scope).acknowledge({ id: ack.id, reason: `${ack.reason} (ticket ${ack.ticket}, expires ${ack.expires})` });
}

/**
 * The acknowledgment of `ruleId` that applies to a construct: the nearest one on the
 * construct or its scopes. Governed metadata wins over a plain acknowledgment on the same
 * construct. CDK's qualified forms (`HealthData::<id>`, `HealthDataGuard::<id>`) count too.
 */
export function acknowledgmentOf(node: IConstruct | undefined, ruleId: string): Acknowledgment | undefined {
  const ids = [ruleId, `HealthData::${ruleId}`, `HealthDataGuard::${ruleId}`];
  for (let cur: IConstruct | undefined = node; cur; cur = cur.node.scope) {
    let plain: Acknowledgment | undefined;
    for (const m of cur.node.metadata) {
      const data = m.data as Record<string, unknown> | undefined;
      if (!data || typeof data !== 'object') continue;
      if (m.type === GOVERNED_METADATA_KEY && data.id === ruleId) {
        return { id: ruleId, reason: String(data.reason), ticket: String(data.ticket), expires: String(data.expires) };
      }
      if (m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) {
        for (const [k, reason] of Object.entries(data)) {
          if (ids.includes(k.replace(/^annotation::/i, ''))) plain = plain ?? { id: ruleId, reason: String(reason ?? '') };
        }
      }
    }
    if (plain) return plain;
  }
  return undefined;
}

/**
 * Writes the HealthData acknowledgments that apply to each CfnResource into its template
 * metadata (`cdk_health_data.acknowledgments`), so that scanning cdk.out judges exactly
 * what synth judged.
 */
export class WriteAcknowledgmentsAspect implements IAspect {
  public visit(node: IConstruct): void {
    if (!CfnResource.isCfnResource(node)) return;
    // One walk up the scopes finds which rule ids are acknowledged at all; only those are resolved.
    const ids = new Set<string>();
    for (let cur: IConstruct | undefined = node; cur; cur = cur.node.scope) {
      for (const m of cur.node.metadata) {
        const data = m.data as Record<string, unknown> | undefined;
        if (!data || typeof data !== 'object') continue;
        if (m.type === GOVERNED_METADATA_KEY && typeof data.id === 'string') ids.add(data.id);
        if (m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) {
          for (const k of Object.keys(data)) ids.add(k.replace(/^annotation::/i, '').replace(/^HealthData(Guard)?::/, ''));
        }
      }
    }
    if (ids.size === 0) return;
    const acks = CATALOG.filter((e) => ids.has(e.id)).map((e) => acknowledgmentOf(node, e.id)).filter((a): a is Acknowledgment => !!a);
    if (acks.length) node.addMetadata(TEMPLATE_METADATA_KEY, { acknowledgments: acks });
  }
}

