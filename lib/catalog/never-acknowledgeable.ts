/**
 * Rules that can never be acknowledged, with the reason shown to whoever tries: derived from
 * each rule's `neverAcknowledgeable` (lib/rules/<service>/<Name>.ts).
 */
import { CATALOG } from './index';

export const NEVER_ACKNOWLEDGEABLE: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(
  CATALOG.filter((e) => e.acknowledgeable === false).map((e) => [e.id, e.notAcknowledgeableBecause ?? '']),
));
