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
 * The HealthData rule ids acknowledged on one construct itself (not its scopes), in any form:
 * `acknowledgeHealthData`, a bare `Validations.of(c).acknowledge({ id })`, or CDK's qualified
 * `HealthData::<id>` / `HealthDataGuard::<id>`. Ids of other packs are not ours and are left out;
 * ids that look like ours but are not in the catalog are returned as written, to be refused.
 */
export function acknowledgedIdsOn(c: IConstruct): string[] {
  const ids = new Set<string>();
  for (const m of c.node.metadata) {
    const data = m.data as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') continue;
    if (m.type === GOVERNED_METADATA_KEY && typeof data.id === 'string') ids.add(data.id);
    if (m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) {
      for (const k of Object.keys(data)) {
        const bare = k.replace(/^annotation::/i, '');
        const qualified = /^HealthData(?:Guard)?::(.*)$/.exec(bare);
        if (qualified) ids.add(qualified[1]);
        else if (bare.startsWith('HealthData-')) ids.add(bare);
      }
    }
  }
  return [...ids];
}

/** A HealthData acknowledgment as placed on a construct. */
export interface PlacedAcknowledgment {
  /** Construct path of the construct the acknowledgment is on. */
  readonly path: string;
  readonly id: string;
}

/** Every HealthData acknowledgment placed on a construct at or below `scope`. */
export function acknowledgmentsUnder(scope: IConstruct): PlacedAcknowledgment[] {
  return scope.node.findAll().flatMap((c) => acknowledgedIdsOn(c).map((id) => ({ path: c.node.path, id })));
}

/**
 * Acknowledgments that cannot be right: an id that is not a catalog rule (a typo, or a rule of
 * another resource type) is an error, since it silently does nothing; an acknowledgment that
 * matches no finding of its rule on the construct or below it is a warning (the resource is
 * compliant, or the id is the wrong one). `used` holds `${construct path}\u0000${rule id}` for
 * every finding an acknowledgment applied to (whatever its verdict).
 */
export function acknowledgmentProblems(scope: IConstruct, used: ReadonlySet<string>): Array<{ placed: PlacedAcknowledgment; severity: 'error' | 'warning'; message: string }> {
  const usedPaths = [...used].map((u) => u.split('\u0000'));
  const out: Array<{ placed: PlacedAcknowledgment; severity: 'error' | 'warning'; message: string }> = [];
  for (const placed of acknowledgmentsUnder(scope)) {
    if (!entryOf(placed.id)) {
      out.push({ placed, severity: 'error', message: `${placed.path}: the acknowledgment of '${placed.id}' names no HealthData rule, so it acknowledges nothing. Use an id from RULES.md (the rule id printed with the finding), or remove it.` });
      continue;
    }
    const matched = usedPaths.some(([p, id]) => id === placed.id && (p === placed.path || p.startsWith(`${placed.path}/`)));
    if (!matched) {
      out.push({ placed, severity: 'warning', message: `${placed.path}: the acknowledgment of ${placed.id} matches no finding of that rule on this construct or below it, so it does nothing. Remove it, or check the id against the finding it is meant for.` });
    }
  }
  return out;
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
    for (let cur: IConstruct | undefined = node; cur; cur = cur.node.scope) for (const id of acknowledgedIdsOn(cur)) ids.add(id);
    if (ids.size === 0) return;
    const acks = CATALOG.filter((e) => ids.has(e.id)).map((e) => acknowledgmentOf(node, e.id)).filter((a): a is Acknowledgment => !!a);
    if (acks.length) node.addMetadata(TEMPLATE_METADATA_KEY, { acknowledgments: acks });
  }
}
