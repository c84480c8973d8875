import { RemovalPolicy, aws_logs as logs, aws_s3 as s3, aws_s3_deployment as deployment, aws_s3_notifications as notifications, aws_sqs as sqs } from 'aws-cdk-lib';
import { describeRule, tpl, type Json } from '../../support/harness';
import { accessPolicyResource, awsCustomResourceFunction, cond, domain, synth } from '../opensearch/fixtures';

const fn = (id: string) => ({ [id]: { Type: 'AWS::Lambda::Function', Properties: { Handler: 'index.handler', Runtime: 'nodejs24.x', Role: 'arn:aws:iam::111122223333:role/h', Code: { ZipFile: 'x' } } } });
const token = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const bucket = { Data: { Type: 'AWS::S3::Bucket' } };

/** An AwsCustomResource as CDK renders it: the call as JSON joined around the bucket's Ref. */
const sdkCall = (service: string, action: string, extra = '') => ({
  Type: 'Custom::AWS',
  Properties: {
    ServiceToken: token('AWS679f53fac002430cb0da5b7982bd22872D164C4C'),
    Create: { 'Fn::Join': ['', [`{"service":"${service}","action":"${action}","parameters":{"Bucket":"`, { Ref: 'Data' }, `"${extra}},"physicalResourceId":{"id":"x"}}`]] },
    InstallLatestAwsSdk: true,
  },
});
const publicPolicy = JSON.stringify(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }] }));

const autoDelete = (): Json => synth((s) => { new s3.Bucket(s, 'B', { autoDeleteObjects: true, removalPolicy: RemovalPolicy.DESTROY }); });
const logRetention = (): Json => synth((s) => {
  new logs.LogRetention(s, 'R', { logGroupName: '/aws/lambda/x', retention: logs.RetentionDays.ONE_WEEK });
});
const notified = (): Json => synth((s) => {
  new s3.Bucket(s, 'B').addEventNotification(s3.EventType.OBJECT_CREATED, new notifications.SqsDestination(new sqs.Queue(s, 'Q')));
});
const deployed = (acl?: s3.BucketAccessControl): Json => synth((s) => {
  new deployment.BucketDeployment(s, 'D', { sources: [deployment.Source.data('a.txt', 'a')], destinationBucket: new s3.Bucket(s, 'B'), ...(acl ? { accessControl: acl } : {}) });
});
const idsOf = (t: Json, type: string) => Object.entries(t.Resources as Record<string, Json>).filter(([, r]) => r.Type === type).map(([id]) => id);
const publicDeployment = deployed(s3.BucketAccessControl.PUBLIC_READ);

describeRule('HealthData-CustomResourceEffectKnown', {
  pass: {
    'a bucket with autoDeleteObjects (Custom::S3AutoDeleteObjects empties it only when it is removed)': autoDelete(),
    'log retention set through Custom::LogRetention': logRetention(),
    'bucket notifications to a queue of the template': notified(),
    'a bucket deployment with the default (private) object ACL': deployed(),
    'Custom::OpenSearchAccessPolicy on a domain of the template (judged by the domain access policy rule)': tpl({
      Search: domain({}), SearchAccessPolicy: accessPolicyResource('Search', { Statement: [] }), ...awsCustomResourceFunction,
    }),
    'an AwsCustomResource that only reads (S3 getBucketLocation)': { template: tpl({ ...bucket, Read: sdkCall('S3', 'getBucketLocation'), ...awsCustomResourceFunction }), guard: 'fail' },
    'an AwsCustomResource that blocks all public access (SDK v3 PutPublicAccessBlockCommand)': {
      template: tpl({ ...bucket, Block: sdkCall('@aws-sdk/client-s3', 'PutPublicAccessBlockCommand', ',"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"IgnorePublicAcls":true,"BlockPublicPolicy":true,"RestrictPublicBuckets":true}'), ...awsCustomResourceFunction }),
      guard: 'fail',
    },
  },
  fail: {
    'an arbitrary Lambda-backed Custom::Thing may change bucket settings after deploy': tpl({ ...bucket, Thing: { Type: 'Custom::Thing', Properties: { ServiceToken: token('Handler'), Bucket: { Ref: 'Data' } } }, ...fn('Handler') }),
    'AWS::CloudFormation::CustomResource whose ServiceToken is imported from another stack (token)': tpl({
      Thing: { Type: 'AWS::CloudFormation::CustomResource', Properties: { ServiceToken: { 'Fn::ImportValue': 'SharedProvider' } } },
    }),
    'a custom resource with the ServiceToken absent': tpl({ Thing: { Type: 'Custom::Thing', Properties: {} } }),
    'Custom::S3AutoDeleteObjects served by a function that is not CDK\'s provider': tpl({
      ...bucket, Cleaner: { Type: 'Custom::S3AutoDeleteObjects', Properties: { ServiceToken: token('MyCleaner'), BucketName: { Ref: 'Data' } } }, ...fn('MyCleaner'),
    }),
    'an AwsCustomResource that puts a public bucket policy': tpl({ ...bucket, Open: sdkCall('S3', 'putBucketPolicy', `,"Policy":${publicPolicy}`), ...awsCustomResourceFunction }),
    'an AwsCustomResource that deletes the public access block (SDK v3 spelling)': tpl({ ...bucket, Unblock: sdkCall('@aws-sdk/client-s3', 'DeletePublicAccessBlockCommand'), ...awsCustomResourceFunction }),
    'bucket notifications that send object keys to a queue outside the template': tpl({
      ...bucket,
      Notifications: {
        Type: 'Custom::S3BucketNotifications',
        Properties: { ServiceToken: token('BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691'), BucketName: { Ref: 'Data' }, NotificationConfiguration: { QueueConfigurations: [{ Events: ['s3:ObjectCreated:*'], QueueArn: 'arn:aws:sqs:eu-west-1:444455556666:elsewhere' }] }, Managed: true },
      },
      ...fn('BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691'),
    }),
    'a bucket deployment that makes every object public-read': { template: publicDeployment, flagged: idsOf(publicDeployment, 'Custom::CDKBucketDeployment') },
    'Fn::If that swaps the known handler for an unknown function outside prod': tpl({
      ...bucket,
      Cleaner: { Type: 'Custom::S3AutoDeleteObjects', Properties: { ServiceToken: { 'Fn::If': ['IsProd', token('CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F'), token('Other')] }, BucketName: { Ref: 'Data' } } },
      ...fn('CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F'), ...fn('Other'),
    }, cond),
  },
});

test('the log retention fixture really renders Custom::LogRetention (the pass case is not vacuous)', () => {
  expect(idsOf(logRetention(), 'Custom::LogRetention')).toHaveLength(1);
  expect(idsOf(autoDelete(), 'Custom::S3AutoDeleteObjects')).toHaveLength(1);
  expect(idsOf(notified(), 'Custom::S3BucketNotifications')).toHaveLength(1);
  expect(idsOf(deployed(), 'Custom::CDKBucketDeployment')).toHaveLength(1);
});

