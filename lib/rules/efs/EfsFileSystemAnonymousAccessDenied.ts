import type { Resource } from '../../template/template';
import { policyStatements, under } from '../../template/policy';
import { get } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { anonymousMountGrants, policyDocument, POLICY_PATH } from './fileSystemPolicy';

/**
 * Anonymous NFS clients cannot mount the file system: a `FileSystemPolicy` exists
 * (without one, EFS lets every client that reaches a mount target mount, write and
 * act as root) and none of its Allow statements grants ClientMount to anyone.
 */
export default function EfsFileSystemAnonymousAccessDenied(fileSystem: Resource): RuleFinding[] {
  return perVariant(fileSystem, (props) => {
    const raw = get(props, POLICY_PATH);
    if (raw === undefined || raw === null) {
      return {
        path: at(POLICY_PATH),
        problem: 'must be set: without a file system policy every NFS client that reaches a mount target may mount, write and act as root, with no IAM identity',
        found: absent('no policy: anonymous access'),
      };
    }
    const doc = policyDocument(raw);
    const { statements, problem } = policyStatements(doc);
    if (!problem && statements.length === 0) {
      return { path: at(POLICY_PATH), problem: 'has no statements, so it does not prove that anonymous clients are refused', found: 'no statements' };
    }
    return under(at(POLICY_PATH), anonymousMountGrants(fileSystem, doc));
  });
}
