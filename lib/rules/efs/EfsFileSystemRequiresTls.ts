import type { TemplateResource } from '../../template/template';
import { deniesInsecureTransport, under } from '../../template/policy';
import { get } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';
import { POLICY_PATH, withImplicitResource } from './fileSystemPolicy';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::EFS::FileSystem'],
  title: 'The EFS file system policy denies every principal every action when aws:SecureTransport is false.',
  rationale: 'NFS without TLS carries recordings and file names in the clear across the network; only the file system policy can make the server refuse mounts that skip the TLS mount option.',
  fix: 'Add to FileSystemPolicy a statement {Effect: Deny, Principal: {AWS: "*"}, Action: "*", Condition: {Bool: {"aws:SecureTransport": "false"}}} and mount with the efs-utils tls option (CDK: fileSystem.addToResourcePolicy(new iam.PolicyStatement({effect: DENY, principals: [new iam.AnyPrincipal()], actions: ["*"], conditions: {Bool: {"aws:SecureTransport": "false"}}}))).',
  notes: 'Verified: EFS accepts plain NFS unless the file system policy denies aws:SecureTransport false; CDK 2.276 FileSystem writes no such statement by itself. Action must be "*" or "elasticfilesystem:*" and the statement must carry no further condition (lib/template/policy.ts deniesInsecureTransport); a statement without Resource applies to the file system, so does Resource "*" or the file system ARN.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard matches the TLS deny structurally: Principal "*"/{AWS: "*"}, Action "*" or elasticfilesystem:*, Condition equal to {Bool|BoolIfExists: {aws:SecureTransport: false|"false"}} (keys as written), and Resource absent, "*" or Fn::GetAtt [<this file system>, Arn] (compared by definition). A JSON-string policy, a Resource written as an ARN pattern or Fn::Sub, or differently-cased condition keys fail in Guard though the rule may prove them.',
  },
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * The file system refuses NFS traffic without TLS: its `FileSystemPolicy` denies
 * every principal every action when `aws:SecureTransport` is false. A statement
 * without Resource applies to the file system the policy is attached to.
 */
function evaluate(fileSystem: TemplateResource): RuleFinding[] {
  const id = fileSystem.logicalId;
  const arns = [
    `\${${id}.Arn}`,
    `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/\${${id}}`,
    `arn:aws:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/\${${id}}`,
  ];
  return perVariant(fileSystem, (props) => {
    const raw = get(props, POLICY_PATH);
    if (raw === undefined || raw === null) {
      return {
        path: at(POLICY_PATH),
        problem: 'must deny requests without TLS (Deny, Principal *, Action *, Bool aws:SecureTransport "false"): without a policy clients may mount over plain NFS',
        found: absent('no policy: plaintext NFS allowed'),
      };
    }
    const problem = deniesInsecureTransport(withImplicitResource(raw), {
      service: 'elasticfilesystem',
      resources: [{ name: 'the file system', arns }],
    });
    return problem ? under(at(POLICY_PATH), [problem]) : undefined;
  });
}
