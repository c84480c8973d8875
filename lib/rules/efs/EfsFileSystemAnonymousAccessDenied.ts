import type { TemplateResource } from '../../template/template';
import { policyStatements, under } from '../../template/policy';
import { get } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { anonymousMountGrants, policyDocument, POLICY_PATH } from './fileSystemPolicy';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::EFS::FileSystem'],
  title: 'The EFS file system has a FileSystemPolicy, and no statement of it lets an anonymous client mount (grants ClientMount to any principal without a condition pinning the caller).',
  rationale: 'Without a file system policy, EFS authorizes every NFS client that can reach a mount target to read, write and act as root, with no identity: one security group mistake or peered network publishes the share, as with the 2.7 million call recordings on an open file server.',
  fix: 'Set FileSystemPolicy so that mounting needs IAM: grant elasticfilesystem:ClientMount (and ClientWrite) to specific roles or accounts, or to "*" only with a condition such as aws:PrincipalOrgID or aws:SourceVpce (CDK: keep allowAnonymousAccess false, the default with the @aws-cdk/aws-efs:denyAnonymousAccess flag, and use fileSystem.grantRead/grantReadWrite).',
  notes: 'Verified: with no file system policy EFS grants full access to any NFS client that can reach a mount target; once a policy exists, anonymous clients get only what it allows them. CDK\'s FileSystem with allowAnonymousAccess false writes an Allow of ClientWrite and ClientRootAccess to {AWS: "*"} with Bool elasticfilesystem:AccessedViaMountTarget "true": it grants no ClientMount, so no anonymous mount, and passes. Decision: a grant of ClientMount (or elasticfilesystem:*, Client*, *) to anyone is public unless a condition pins the caller to an account, organisation, VPC, VPC endpoint or source (publicGrants in lib/template/policy.ts); elasticfilesystem:AccessedViaMountTarget and aws:SecureTransport do not, because every anonymous NFS mount goes through a mount target and may use TLS. Whether the mount targets are reachable is judged by the security-group rules, not here.',
  guardDifference: {
    direction: 'stricter',
    approximation: 'Guard reads the policy as written, without intrinsic resolution or IAM pattern matching: a statement passes only if it is Deny, has no principal, lists literal actions without wildcards other than ClientMount, names literal/Fn::GetAtt/Fn::Sub (pseudo parameters and attributes only) principals without "*", or is pinned by an Equals/Like/Arn condition on a restricting key with literal values without wildcards. A JSON-string policy, Ref principals, NotAction, actions with partial wildcards (elasticfilesystem:ClientW*) and Like values with partial wildcards fail in Guard though the rule may prove them.',
  },
  evaluate,
});

/**
 * Anonymous NFS clients cannot mount the file system: a `FileSystemPolicy` exists
 * (without one, EFS lets every client that reaches a mount target mount, write and
 * act as root) and none of its Allow statements grants ClientMount to anyone.
 */
function evaluate(fileSystem: TemplateResource): RuleFinding[] {
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
