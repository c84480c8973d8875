/**
 * What an acknowledgment means, decided in one place for the pack (at synth) and the
 * scanner (reading what synth wrote into the template). Free of CDK, so the scanner
 * does not load aws-cdk-lib.
 */
import { CATALOG } from './index';
import type { CatalogEntry } from './types';

/** Construct metadata written by `acknowledgeHealthData`. */
export const GOVERNED_METADATA_KEY = 'cdk-health-data:acknowledgment';
/** Template resource metadata key under which synth records acknowledgments for the scanner. */
export const TEMPLATE_METADATA_KEY = 'cdk_health_data';

export interface Acknowledgment {
  /** The HealthData rule id. */
  readonly id: string;
  readonly reason: string;
  /** Ticket or change reference (governed acknowledgments). */
  readonly ticket?: string;
  /** Last day the acknowledgment holds, `YYYY-MM-DD` (governed acknowledgments). */
  readonly expires?: string;
}

export interface GovernedAcknowledgment {
  /** The HealthData rule id, e.g. `HealthData-ElbLoadBalancerInternal`. */
  readonly id: string;
  /** Why the finding is acceptable here. */
  readonly reason: string;
  /** The ticket or change that approved it. */
  readonly ticket: string;
  /** Last day it holds, `YYYY-MM-DD`; after that the finding fails again. */
  readonly expires: string;
}

export type AcknowledgmentVerdict =
  | { readonly status: 'none' }
  | { readonly status: 'active'; readonly acknowledgment: Acknowledgment }
  | { readonly status: 'expired' | 'refused'; readonly acknowledgment: Acknowledgment; readonly message: string };

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function entryOf(id: string): CatalogEntry | undefined {
  return CATALOG.find((e) => e.id === id);
}

/** Today as `YYYY-MM-DD` (UTC); `CDK_HEALTH_DATA_TODAY` overrides it for tests and audits of a given day. */
export function today(): string {
  const fixed = process.env.CDK_HEALTH_DATA_TODAY;
  return fixed && DATE.test(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}

/**
 * What an acknowledgment of `entry` means today. The same verdict for every path: the pack
 * (construct acknowledgments, and template metadata of a `CfnInclude`d template), the Guard
 * validator and the scanner (template metadata). An acknowledgment without a reason, of a
 * rule that can never be acknowledged, or past its expiry does not count.
 */
export function judgeAcknowledgment(entry: CatalogEntry, ack: Acknowledgment | undefined, on: string = today()): AcknowledgmentVerdict {
  if (!ack) return { status: 'none' };
  if (typeof ack.reason !== 'string' || ack.reason.trim() === '') {
    return {
      status: 'refused',
      acknowledgment: ack,
      message: `the acknowledgment of ${entry.id} has no reason, so it is refused: say why the finding is acceptable here (and, for a governed one, the ticket and expiry), or fix the resource: ${entry.fix}`,
    };
  }
  if (entry.acknowledgeable === false) {
    return {
      status: 'refused',
      acknowledgment: ack,
      message: `${entry.id} can never be acknowledged (${entry.notAcknowledgeableBecause ?? 'it guards against exposing health data'}); the acknowledgment "${ack.reason}" is refused. Fix the resource instead: ${entry.fix}`,
    };
  }
  if (ack.expires !== undefined && !(DATE.test(ack.expires) && ack.expires >= on)) {
    return {
      status: 'expired',
      acknowledgment: ack,
      message: `the acknowledgment of ${entry.id}${ack.ticket ? ` (ticket ${ack.ticket})` : ''} expired on ${ack.expires}: "${ack.reason}". Renew it with a new ticket and date, or fix the resource.`,
    };
  }
  return { status: 'active', acknowledgment: ack };
}

/**
 * Acknowledgments recorded in a template resource's metadata: ours, and cdk-nag's
 * `cdk_nag.rules_to_suppress` for HealthData ids.
 */
export function templateAcknowledgments(metadata: unknown, ruleId: string): Acknowledgment | undefined {
  if (!metadata || typeof metadata !== 'object') return undefined;
  const m = metadata as Record<string, { acknowledgments?: unknown; rules_to_suppress?: unknown }>;
  const ours = m[TEMPLATE_METADATA_KEY]?.acknowledgments;
  if (Array.isArray(ours)) {
    const a = ours.find((x) => x && typeof x === 'object' && (x as Acknowledgment).id === ruleId) as Acknowledgment | undefined;
    if (a) return { id: ruleId, reason: String(a.reason ?? ''), ...(a.ticket ? { ticket: String(a.ticket) } : {}), ...(a.expires ? { expires: String(a.expires) } : {}) };
  }
  const nag = m.cdk_nag?.rules_to_suppress;
  if (Array.isArray(nag)) {
    const a = nag.find((x) => x && typeof x === 'object' && [ruleId, `HealthData::${ruleId}`].includes(String((x as { id?: unknown }).id)));
    if (a) return { id: ruleId, reason: String((a as { reason?: unknown }).reason ?? '') };
  }
  return undefined;
}

/**
 * Every HealthData rule id acknowledged in a template resource's metadata, as written (ours and
 * cdk-nag's `rules_to_suppress`; ids of other packs are left out). An id that is not in the
 * catalog acknowledges nothing and must be refused, not ignored.
 */
export function templateAcknowledgedIds(metadata: unknown): string[] {
  if (!metadata || typeof metadata !== 'object') return [];
  const m = metadata as Record<string, { acknowledgments?: unknown; rules_to_suppress?: unknown }>;
  const ids: string[] = [];
  for (const list of [m[TEMPLATE_METADATA_KEY]?.acknowledgments, m.cdk_nag?.rules_to_suppress]) {
    if (!Array.isArray(list)) continue;
    for (const x of list) {
      const id = x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') continue;
      const bare = id.replace(/^HealthData(?:Guard)?::/, '');
      if (bare !== id || bare.startsWith('HealthData-')) ids.push(bare);
    }
  }
  return [...new Set(ids)];
}
