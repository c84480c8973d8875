/**
 * The shared body of the "requires TLS" rules for resources protected by an attached
 * policy (lib/rules/attached-policy-tls.ts), without CDK: every policy that names the
 * resource must deny requests without TLS in every rendering; a policy that may not be
 * created, or that names the resource only in some renderings, cannot be relied on.
 */
import { requiresTlsDeny, type TlsDenyRequirement } from '../../lib/rules/attached-policy-tls';
import { TemplateModel } from '../../lib/template/template';

const REQ: TlsDenyRequirement = {
  spec: {
    attachments: [{ policyType: 'AWS::SQS::QueuePolicy', targetProp: 'Queues' }],
    nameProp: 'QueueName',
    literalNames: (entry, name) => entry.endsWith(`/${name}`),
  },
  missing: { problem: 'must have a queue policy that denies requests without TLS', found: 'no queue policy names this queue' },
  required: [{ name: 'the queue', arns: ['${Q.Arn}'] }],
  service: 'sqs',
};
const deny = (Action: unknown = 'sqs:*') => ({
  Effect: 'Deny', Principal: { AWS: '*' }, Action, Resource: { 'Fn::GetAtt': ['Q', 'Arn'] }, Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});
const policy = (Queues: unknown, PolicyDocument: unknown, extra: Record<string, unknown> = {}) => ({ Type: 'AWS::SQS::QueuePolicy', ...extra, Properties: { Queues, PolicyDocument } });
const findings = (resources: Record<string, unknown>, req = REQ) => requiresTlsDeny(TemplateModel.fromObject({
  Parameters: { Env: { Type: 'String' }, Only: { Type: 'String', AllowedValues: ['v1'] } },
  Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, Always: { 'Fn::Equals': ['a', 'a'] } },
  Resources: { Q: { Type: 'AWS::SQS::Queue' }, Q2: { Type: 'AWS::SQS::Queue' }, ...resources },
}).resource('Q')!, req);
const MUST = 'must deny every principal all sqs actions when aws:SecureTransport is false on the queue (${Q.Arn})';

describe('requiresTlsDeny', () => {
  test('a policy naming the resource with the deny passes; a deny on another resource\'s policy does not count', () => {
    expect(findings({ P: policy([{ Ref: 'Q' }], { Statement: [deny()] }) })).toEqual([]);
    expect(findings({ P: policy([{ Ref: 'Q2' }], { Statement: [deny()] }) })).toEqual([{
      path: 'Properties', problem: 'must have a queue policy that denies requests without TLS', found: 'no queue policy names this queue',
    }]);
  });

  test('a policy without the deny is a finding inside its document', () => {
    expect(findings({ P: policy([{ Ref: 'Q' }], { Statement: [] }) })).toEqual([{
      path: 'AWS::SQS::QueuePolicy P.PolicyDocument.Statement', problem: MUST, found: 'no statements',
    }]);
    expect(findings({ P: policy([{ Ref: 'Q' }], { 'Fn::ImportValue': 'Doc' }) })).toEqual([{
      path: 'AWS::SQS::QueuePolicy P.PolicyDocument',
      problem: 'cannot be proven: the policy document is only known at deploy time, so a deny of requests without TLS cannot be proven',
      found: 'unknown (imported from another stack with Fn::ImportValue)',
    }]);
  });

  test('every policy that names the resource must carry the deny: whichever is applied last wins', () => {
    expect(findings({ A: policy([{ Ref: 'Q' }], { Statement: [deny()] }), B: policy([{ Ref: 'Q' }], { Statement: [] }) }).map((f) => f.path))
      .toEqual(['AWS::SQS::QueuePolicy B.PolicyDocument.Statement']);
  });

  test('a policy that may not be created cannot be relied on; one always created can', () => {
    expect(findings({ P: policy([{ Ref: 'Q' }], { Statement: [deny()] }, { Condition: 'Prod' }) })).toEqual([{
      path: 'Properties', problem: 'cannot rely on AWS::SQS::QueuePolicy P to deny requests without TLS: it is only created when condition Prod is true',
    }]);
    expect(findings({ P: policy([{ Ref: 'Q' }], { Statement: [deny()] }, { Condition: 'Always' }) })).toEqual([]);
  });

  test('a policy that names the resource in some renderings only is a finding under the other branch', () => {
    expect(findings({ P: policy({ 'Fn::If': ['Prod', [{ Ref: 'Q' }], [{ Ref: 'Q2' }]] }, { Statement: [deny()] }) })).toEqual([{
      path: 'Properties', problem: 'is not named by AWS::SQS::QueuePolicy P in every rendering, so its TLS deny cannot be relied on', found: '["${Q2}"]', branches: ['Prod is false'],
    }]);
  });

  test('a deny missing in one rendering of the document is named by its branch', () => {
    expect(findings({ P: policy([{ Ref: 'Q' }], { Statement: { 'Fn::If': ['Prod', [deny()], []] } }) })).toEqual([{
      path: 'AWS::SQS::QueuePolicy P.PolicyDocument.Statement', problem: MUST, found: 'no statements', branches: ['Prod is false'],
    }]);
    // A parameter with one allowed value gives one rendering: no branch to name.
    expect(findings({ P: policy([{ Ref: 'Q' }], { Id: { Ref: 'Only' }, Statement: [] }) })).toEqual([{
      path: 'AWS::SQS::QueuePolicy P.PolicyDocument.Statement', problem: MUST, found: 'no statements',
    }]);
  });

  test('data actions count only where the requirement names them', () => {
    const doc = { Statement: [deny(['sqs:SendMessage', 'sqs:ReceiveMessage'])] };
    expect(findings({ P: policy([{ Ref: 'Q' }], doc) }).map((f) => f.problem)).toEqual([MUST]);
    expect(findings({ P: policy([{ Ref: 'Q' }], doc) }, { ...REQ, dataActions: ['sqs:SendMessage', 'sqs:ReceiveMessage'] })).toEqual([]);
  });
});
