import type { TemplateResource } from '../../template/template';
import { asArray, bool, describe, get, isObject, isUnknown } from '../../template/values';
import { at, mustBe, perVariant } from '../check';
import { SERVERLESS } from './notes';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::MSK::Cluster'],
  title: 'Kafka clients must authenticate: IAM, SASL/SCRAM or mutual TLS is on and ClientAuthentication.Unauthenticated.Enabled is not true.',
  rationale: 'With unauthenticated access, anything that reaches a broker can read and write every topic of health data.',
  fix: 'Set ClientAuthentication { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } } or use SCRAM / TLS (CDK: CfnCluster clientAuthentication).',
  notes: 'Decision: a cluster without ClientAuthentication (or with no mechanism on) is flagged: MSK then serves clients without authentication, and the template proves no mechanism. This flags templates that are otherwise private (the corpus negatives of msk_broker_is_publicly_accessible have no ClientAuthentication). A TLS block with a CertificateAuthorityArnList and no Enabled counts as mutual TLS on. ' + SERVERLESS,
  evaluate,
});

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
function evaluate(cluster: TemplateResource): RuleFinding[] {
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
