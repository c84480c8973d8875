/** Facts shared by the API Gateway rules (not a rule: not exported from the barrel). */
import type { TemplateResource } from '../../template/template';
import { asArray, get, isUnknown, str } from '../../template/values';

export const REST_API = 'AWS::ApiGateway::RestApi';

/** Why a RestApi rendering is not provably PRIVATE, or `undefined` when it is. */
export function notPrivateReason(props: Record<string, unknown>): string | undefined {
  const types = get(props, 'EndpointConfiguration.Types');
  if (types === undefined) return 'EndpointConfiguration.Types is absent (the default is EDGE, a public endpoint)';
  if (isUnknown(types)) return `EndpointConfiguration.Types cannot be resolved (${types.reason})`;
  const list = asArray(types);
  if (list.length === 0) return 'EndpointConfiguration.Types is empty (the default is EDGE, a public endpoint)';
  const bad = list.filter((t) => str(t)?.toUpperCase() !== 'PRIVATE');
  return bad.length ? `EndpointConfiguration.Types includes ${bad.map((b) => (isUnknown(b) ? `an unknown value (${b.reason})` : JSON.stringify(b))).join(', ')}` : undefined;
}

/** Whether the RestApi a value points to is PRIVATE in every rendering. */
export function restApiProvablyPrivate(from: TemplateResource, ref: unknown): boolean {
  const api = from.template.target(ref);
  return !!api && api.type === REST_API && api.variants().every((v) => notPrivateReason(v.value) === undefined);
}
