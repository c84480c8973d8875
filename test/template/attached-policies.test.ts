/**
 * Which resource policies of a template apply to a resource (lib/template/attached-policies.ts):
 * a policy counts for a resource only when its target list names that resource, by
 * reference, by `${Id}` placeholder where the spec allows it, by literal name, or by the
 * same deploy-time value. Never "some policy in the template".
 */
import { attachedPolicies, literalNames, namesResource, type AttachedPolicySpec } from '../../lib/template/attached-policies';
import { TemplateModel } from '../../lib/template/template';
import { Reference, Unknown } from '../../lib/template/values';

/** Shaped like the queue rule's spec: URLs, `${Queue}` placeholders allowed. */
const QUEUES: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::SQS::QueuePolicy', targetProp: 'Queues' }, { policyType: 'AWS::SQS::QueueInlinePolicy', targetProp: 'Queue' }],
  nameProp: 'QueueName',
  literalNames: (entry, name) => entry.endsWith(`/${name}`),
  placeholderEntries: true,
};
/** Shaped like the bucket rule's spec: exact names, the same deploy-time value names the bucket. */
const BUCKETS: AttachedPolicySpec = {
  attachments: [{ policyType: 'AWS::S3::BucketPolicy', targetProp: 'Bucket' }],
  nameProp: 'BucketName',
  literalNames: (entry, name) => entry === name,
  deployTimeNames: true,
};

const sections = {
  Parameters: { Name: { Type: 'String' }, Other: { Type: 'String' }, Env: { Type: 'String' } },
  Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
};
const t = (resources: Record<string, unknown>) => TemplateModel.fromObject({ ...sections, Resources: resources });
const queue = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::SQS::Queue', Properties: props });
const doc = { Statement: [] };

describe('literalNames', () => {
  test('the literal names of every rendering, once each; names built from placeholders are left out', () => {
    const tpl = t({
      Q: queue({ QueueName: { 'Fn::If': ['Prod', 'orders', { 'Fn::If': ['Prod', 'orders', 'orders-dev'] }] } }),
      S: queue({ QueueName: { 'Fn::Sub': '${AWS::StackName}-orders' } }),
      P: queue({ QueueName: { Ref: 'Name' } }),
    });
    expect(literalNames(tpl.resource('Q')!, 'QueueName')).toEqual(['orders', 'orders-dev']);
    expect(literalNames(tpl.resource('S')!, 'QueueName')).toEqual([]);
    expect(literalNames(tpl.resource('P')!, 'QueueName')).toEqual([]);
  });
});

describe('namesResource: does one target entry name the resource?', () => {
  const tpl = t({
    Q: queue({ QueueName: 'orders' }),
    Q2: queue(),
    B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'Name' } } },
    Imported: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::ImportValue': 'SharedBucket' } } },
    Fixed: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'health-data' } },
  });
  const q = tpl.resource('Q')!;
  const names = (entry: unknown, id = 'Q', spec = QUEUES) => namesResource(tpl.resource(id)!, entry, spec);

  test('a reference names the resource it points to, and no other', () => {
    expect(names(new Reference('Q'))).toBe(true);
    expect(names(new Reference('Q2'))).toBe(false);
    expect(names('${Q}')).toBe(true);
    expect(names('${Q2.QueueUrl}')).toBe(false);
  });

  test('a URL built with its placeholder names it where the spec allows placeholders; a longer id does not', () => {
    expect(names('https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Q.QueueName}')).toBe(true);
    expect(names('https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Q}')).toBe(true);
    expect(names('https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Q2.QueueName}')).toBe(false);
    expect(names('${Fixed}-logs', 'Fixed', BUCKETS)).toBe(false);
  });

  test('a literal entry names it through the spec\'s reading of its literal name', () => {
    expect(names('https://sqs.eu-west-1.amazonaws.com/111122223333/orders')).toBe(true);
    expect(names('https://sqs.eu-west-1.amazonaws.com/111122223333/orders-dev')).toBe(false);
    expect(names('health-data', 'Fixed', BUCKETS)).toBe(true);
    expect(namesResource(q, 'https://sqs.eu-west-1.amazonaws.com/111122223333/orders', QUEUES, [])).toBe(false);
  });

  test('the same deploy-time value names it only where the spec says so', () => {
    expect(names(new Unknown("parameter 'Name' can be set to any value at deploy time", undefined, 'parameter', 'Name'), 'B', BUCKETS)).toBe(true);
    expect(names(new Unknown("parameter 'Other' can be set to any value at deploy time", undefined, 'parameter', 'Other'), 'B', BUCKETS)).toBe(false);
    expect(names(new Unknown('imported', { 'Fn::ImportValue': 'SharedBucket' }), 'Imported', BUCKETS)).toBe(true);
    expect(names(new Unknown('imported', { 'Fn::ImportValue': 'OtherBucket' }), 'Imported', BUCKETS)).toBe(false);
    expect(names(new Unknown("parameter 'Name' can be set to any value at deploy time", undefined, 'parameter', 'Name'), 'B', { ...BUCKETS, deployTimeNames: false })).toBe(false);
    expect(names(new Unknown('imported'), 'Q')).toBe(false);
  });

  test('a value that is neither a reference, an unknown nor a string names nothing', () => {
    expect(names(42)).toBe(false);
    expect(names({ QueueName: 'orders' })).toBe(false);
  });
});

describe('attachedPolicies', () => {
  const ids = (tpl: TemplateModel, id: string, spec = QUEUES) => attachedPolicies(tpl.resource(id)!, spec).map((a) => a.policy.logicalId);

  test('only the policies that name the resource, of every attachment type', () => {
    const tpl = t({
      Q: queue(),
      Q2: queue(),
      Mine: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Q2' }, { Ref: 'Q' }], PolicyDocument: doc } },
      Theirs: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Q2' }], PolicyDocument: doc } },
      Inline: { Type: 'AWS::SQS::QueueInlinePolicy', Properties: { Queue: { Ref: 'Q' }, PolicyDocument: doc } },
    });
    expect(ids(tpl, 'Q')).toEqual(['Mine', 'Inline']);
    expect(ids(tpl, 'Q2')).toEqual(['Mine', 'Theirs']);
  });

  test('a policy that names the resource in one rendering comes with every rendering, each saying whether it names it', () => {
    const tpl = t({
      Q: queue(),
      Q2: queue(),
      P: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: { 'Fn::If': ['Prod', [{ Ref: 'Q' }], [{ Ref: 'Q2' }]] }, PolicyDocument: doc } },
    });
    const [attached] = attachedPolicies(tpl.resource('Q')!, QUEUES);
    expect(attached.renderings).toEqual([
      { document: doc, branches: ['Prod is true'], targetsResource: true, targetValue: '["${Q}"]' },
      { document: doc, branches: ['Prod is false'], targetsResource: false, targetValue: '["${Q2}"]' },
    ]);
  });

  test('a bucket is named by the same parameter as its name; another parameter names another bucket', () => {
    const tpl = t({
      B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'Name' } } },
      Same: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Name' }, PolicyDocument: doc } },
      Other: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Other' }, PolicyDocument: doc } },
    });
    expect(ids(tpl, 'B', BUCKETS)).toEqual(['Same']);
  });
});
