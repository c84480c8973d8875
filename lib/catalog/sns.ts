import { entry } from './entry';
import type { CatalogEntry } from './types';

export const sns: CatalogEntry[] = [
  entry({
    name: 'SnsTopicCustomerKeyEncrypted',
    category: 'E',
    service: 'sns',
    resourceTypes: ['AWS::SNS::Topic'],
    title: 'The topic encrypts messages at rest with a customer-managed KMS key (KmsMasterKeyId).',
    rationale: 'SNS stores published messages until they are delivered; without a customer-managed key they are stored unencrypted or under a key the data owner cannot control, audit or revoke.',
    fix: 'Set KmsMasterKeyId to a customer-managed KMS key (CDK: masterKey: a kms.Key).',
    notes: 'Verified: a topic without KmsMasterKeyId has no server-side encryption. alias/aws/sns is the AWS-managed key: a finding. '
      + 'A literal key id or customer alias (e.g. "alias/my-key") passes; an unresolvable value (parameter, import) fails closed.',
  }),
  entry({
    name: 'SnsTopicPolicyNotPublic',
    category: 'P',
    service: 'sns',
    resourceTypes: ['AWS::SNS::TopicPolicy', 'AWS::SNS::TopicInlinePolicy'],
    title: 'No Allow statement of the topic policy grants to any principal ("*", {AWS: "*"}, NotPrincipal) without a condition that pins the caller to an account, organisation, VPC or source.',
    rationale: 'A topic policy that allows "*" lets anyone publish forged messages into, or subscribe an endpoint of theirs to, a topic that carries health events.',
    fix: 'Grant to specific roles, accounts or service principals, or keep "*" only with a condition on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID or aws:SourceVpce (StringEquals/ArnEquals, no IfExists) (CDK: topic.grantPublish(role) instead of addToResourcePolicy with AnyPrincipal).',
    notes: 'Decision: judged on the AWS::SNS::TopicPolicy (and TopicInlinePolicy) resource itself, not on the topics it names, as for S3 bucket policies: '
      + 'each grant is reported once, also for a topic outside the template. Same reading as S3BucketPolicyNotPublic (lib/template/policy.ts publicGrants): '
      + 'any action allowed to anyone is a finding (Publish forges events, Subscribe leaks them); aws:SourceIp does not restrict; an unresolvable principal or condition is a finding.',
  }),
  entry({
    name: 'SnsTopicRequiresTls',
    category: 'H',
    service: 'sns',
    resourceTypes: ['AWS::SNS::Topic'],
    title: 'A topic policy naming the topic (TopicPolicy Topics, or TopicInlinePolicy TopicArn) denies every principal sns:Publish (or all sns actions) on the topic when aws:SecureTransport is false.',
    rationale: 'SNS accepts publish requests over plain HTTP unless the topic policy refuses them; health events must never cross the network unencrypted.',
    fix: 'Add an AWS::SNS::TopicPolicy with Topics [Ref topic] and a statement { Effect: Deny, Principal: "*", Action: "sns:Publish", Resource: Ref topic, Condition: { Bool: { aws:SecureTransport: false } } } (CDK: enforceSSL: true).',
    notes: 'Verified: SNS accepts HTTP and HTTPS requests; only a policy deny enforces TLS (AWS documents the sns:Publish deny, which CDK enforceSSL writes). '
      + 'Decision: a deny of sns:Publish is enough, because Publish is the action that carries message content; deliveries to subscribers are governed by '
      + 'the subscription protocol, not by this policy. A topic without such a policy is a finding; a deny on another topic, a deny narrowed by a further '
      + 'condition or principal, or a policy that names the topic only under one Fn::If branch does not count. Every policy naming the topic must carry the deny.',
    guardDifference: {
      direction: 'stricter',
      approximation: 'Guard accepts the deny only on Resource "*", {Ref: <topic>}, Fn::GetAtt [<topic>, TopicArn] or Fn::Sub "${<topic>}"/"${<topic>.TopicArn}" of the topic the policy names by Ref; '
        + 'an ARN built from the topic\'s literal TopicName (arn:aws:sns:${AWS::Region}:${AWS::AccountId}:<name>) fails, because Guard cannot '
        + 'extract the name from the ARN and compare it with that topic\'s TopicName within the per-topic join.',
    },
  }),
];
