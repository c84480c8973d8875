import type { Resource } from '../../template/template';
import { asArray, bool, describe, get, isObject, isUnknown } from '../../template/values';
import { at, mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** Whether the mechanism at `path` is switched on (`undefined`: cannot be told). */
function enabled(props: Record<string, unknown>, path: string): boolean | undefined {
  const mechanism = get(props, path);
  if (mechanism === undefined) return false;
  if (!isObject(mechanism)) return undefined;
  const on = mechanism.Enabled;
  if (on !== undefined) return bool(on);
  // The older TLS shape has only a CA list: a non-empty list turns mutual TLS on.
  if (path.endsWith('Tls')) return asArray(mechanism.CertificateAuthorityArnList).length > 0 ? true : false;
  return false;
}

/**
 * Kafka clients must authenticate: at least one of IAM, SASL/SCRAM or mutual TLS
 * is on, and unauthenticated access is not.
 */
export default function MskClusterAuthenticated(cluster: Resource): RuleFinding[] {
  return perVariant(cluster, (props) => {
    const unauthenticated = mustBe(props, 'ClientAuthentication.Unauthenticated.Enabled', false, { absentSecure: true });
    if (unauthenticated) return { ...unauthenticated, problem: `${unauthenticated.problem}: unauthenticated clients can read and write topics` };
    const auth = get(props, 'ClientAuthentication');
    if (isUnknown(auth)) return { path: at('ClientAuthentication'), problem: 'must provably turn on IAM, SASL/SCRAM or TLS client authentication', found: describe(auth) };
    const states = ['ClientAuthentication.Sasl.Iam', 'ClientAuthentication.Sasl.Scram', 'ClientAuthentication.Tls'].map((p) => enabled(props, p));
    if (states.includes(true)) return undefined;
    return {
      path: at('ClientAuthentication'),
      problem: states.includes(undefined)
        ? 'must provably turn on IAM, SASL/SCRAM or TLS client authentication'
        : 'must turn on IAM, SASL/SCRAM or TLS client authentication',
      found: auth === undefined ? 'absent (the default is unauthenticated access)' : describe(auth),
    };
  });
}
