import type { Resource } from '../../template/template';
import { deniesInsecureTransport, under } from '../../template/policy';
import { get } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { POLICY_PATH, withImplicitResource } from './fileSystemPolicy';

/**
 * The file system refuses NFS traffic without TLS: its `FileSystemPolicy` denies
 * every principal every action when `aws:SecureTransport` is false. A statement
 * without Resource applies to the file system the policy is attached to.
 */
export default function EfsFileSystemRequiresTls(fileSystem: Resource): RuleFinding[] {
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
