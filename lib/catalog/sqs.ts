import { entry } from './entry';
import type { CatalogEntry } from './types';

export const sqs: CatalogEntry[] = [
  entry({
    name: 'SqsQueueCustomerKeyEncrypted',
    category: 'E',
    service: 'sqs',
    resourceTypes: ['AWS::SQS::Queue'],
    title: 'The queue encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId).',
    rationale: 'Messages about patients wait in the queue on AWS storage; only a customer-managed key lets the data owner control, audit and revoke who can decrypt them.',
    fix: 'Set KmsMasterKeyId to a customer-managed KMS key (CDK: encryption: QueueEncryption.KMS with encryptionMasterKey: a kms.Key).',
    notes: 'Verified: new queues default to SSE-SQS (SqsManagedSseEnabled, an SQS-owned key) since 2022; SqsManagedSseEnabled false without KmsMasterKeyId stores messages unencrypted. '
      + 'SSE-SQS and alias/aws/sqs (the AWS-managed key) are findings: the customer cannot control or revoke them.',
  }),
  entry({
    name: 'SqsQueuePolicyNotPublic',
    category: 'P',
    service: 'sqs',
    resourceTypes: ['AWS::SQS::QueuePolicy', 'AWS::SQS::QueueInlinePolicy'],
    title: 'No Allow statement of the queue policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
    rationale: 'A queue policy that allows "*" lets anyone on the internet read, send or purge messages about patients.',
    fix: 'Grant to specific roles, accounts or service principals, or keep "*" only with a condition on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or aws:SourceVpce (StringEquals/ArnEquals, no IfExists) (CDK: queue.grantSendMessages(role) instead of addToResourcePolicy with AnyPrincipal).',
    notes: 'Decision: judged on the AWS::SQS::QueuePolicy (and QueueInlinePolicy) resource itself, not on the queues it names, as for S3 bucket policies: each grant is reported once, '
      + 'also when the policy names a queue outside the template. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): '
      + 'aws:SourceIp does not restrict, an unresolvable principal or condition is a finding, a public Deny is fine.',
  }),
  entry({
    name: 'SqsQueueRequiresTls',
    category: 'H',
    service: 'sqs',
    resourceTypes: ['AWS::SQS::Queue'],
    title: 'A queue policy naming the queue (QueuePolicy Queues, or QueueInlinePolicy Queue) denies every principal all sqs actions on the queue when aws:SecureTransport is false.',
    rationale: 'SQS accepts requests over plain HTTP unless a policy refuses them; messages about patients must never cross the network unencrypted.',
    fix: 'Add an AWS::SQS::QueuePolicy with Queues [Ref queue] and a statement { Effect: Deny, Principal: "*", Action: "sqs:*", Resource: queue ARN, Condition: { Bool: { aws:SecureTransport: false } } } (CDK: enforceSSL: true).',
    notes: 'Verified: SQS endpoints answer HTTP and HTTPS; only a policy deny enforces TLS. A queue without such a policy is a finding; a deny on another queue, '
      + 'a deny narrowed by a further condition, or a policy that names the queue only under one Fn::If branch does not count. A queue has one policy: '
      + 'every policy of the template naming the queue must carry the deny. The deny must cover the queue ARN (${Queue.Arn}, the ARN built from its name, or a wildcard). '
      + 'CDK\'s enforceSSL shape (Deny {AWS: "*"} sqs:* Bool aws:SecureTransport "false") passes.',
    guardDifference: {
      direction: 'stricter',
      approximation: 'Guard accepts the deny only on Resource "*", Fn::GetAtt [<queue>, Arn] or Fn::Sub "${<queue>.Arn}" of the queue the policy names by Ref; '
        + 'an ARN built from the queue\'s literal QueueName (arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:<name>) fails, because Guard cannot '
        + 'extract the name from the ARN and compare it with that queue\'s QueueName within the per-queue join.',
    },
  }),
];
