import { App, DefaultStackSynthesizer, Stack, aws_dynamodb as ddb, aws_kms as kms } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describeRule, tpl, type Json } from '../../support/harness';

/** A template as CDK synthesizes it. */
function synth(build: (stack: Stack) => void): Json {
  const app = new App();
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' }, synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }) });
  build(stack);
  return Template.fromStack(stack).toJSON() as Json;
}

const KEY = { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } };
const base = { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' };
const table = (props: Record<string, unknown>) => ({ Type: 'AWS::DynamoDB::Table', Properties: { ...base, ...props } });
const globalTable = (props: Record<string, unknown>) => ({ Type: 'AWS::DynamoDB::GlobalTable', Properties: { ...base, ...props } });
const cmk = { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } };
const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };
const pk = { name: 'pk', type: ddb.AttributeType.STRING };

describeRule('HealthData-DynamoDbTableCustomerKeyEncrypted', {
  pass: {
    'customer-managed key of the template': tpl({ Key: KEY, Table: table({ SSESpecification: cmk }) }),
    'customer-managed key given by ARN, SSEType left out': tpl({
      Table: table({ SSESpecification: { SSEEnabled: 'true', KMSMasterKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }),
    }),
    'customer alias': tpl({ Table: table({ SSESpecification: { SSEEnabled: true, KMSMasterKeyId: 'alias/phi' } }) }),
    'global table with a customer-managed key on every replica': tpl({
      Key: KEY,
      Table: globalTable({
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [{ Region: 'eu-west-1', SSESpecification: { KMSMasterKeyId: { Ref: 'Key' } } }],
      }),
    }),
    'CDK Table with TableEncryption.CUSTOMER_MANAGED': synth((s) => {
      new ddb.Table(s, 'Table', { partitionKey: pk, encryption: ddb.TableEncryption.CUSTOMER_MANAGED });
    }),
    'CDK TableV2 with TableEncryptionV2.customerManagedKey': synth((s) => {
      new ddb.TableV2(s, 'Table', { partitionKey: pk, encryption: ddb.TableEncryptionV2.customerManagedKey(new kms.Key(s, 'Key')) });
    }),
  },
  fail: {
    'SSESpecification absent: only the AWS-owned key, outside the customer\'s control': tpl({ Table: table({}) }),
    'SSEEnabled false (AWS-owned key)': tpl({ Table: table({ SSESpecification: { SSEEnabled: false, SSEType: 'KMS' } }) }),
    'SSEEnabled true without a key: the AWS-managed alias/aws/dynamodb': tpl({ Table: table({ SSESpecification: { SSEEnabled: true } }) }),
    'the AWS-managed alias named explicitly': tpl({ Table: table({ SSESpecification: { SSEEnabled: true, KMSMasterKeyId: 'alias/aws/dynamodb' } }) }),
    'key from a parameter without AllowedValues (token)': tpl(
      { Table: table({ SSESpecification: { SSEEnabled: true, KMSMasterKeyId: { Ref: 'KeyId' } } }) },
      { Parameters: { KeyId: { Type: 'String' } } },
    ),
    'SSEEnabled imported from another stack': tpl({ Key: KEY, Table: table({ SSESpecification: { ...cmk, SSEEnabled: { 'Fn::ImportValue': 'Sse' } } }) }),
    'Fn::If that drops the customer key outside prod': tpl(
      { Key: KEY, Table: table({ SSESpecification: { 'Fn::If': ['IsProd', cmk, { SSEEnabled: true }] } }) },
      cond,
    ),
    'global table replica without its own key': tpl({
      Key: KEY,
      Table: globalTable({
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [{ Region: 'eu-west-1', SSESpecification: { KMSMasterKeyId: { Ref: 'Key' } } }, { Region: 'eu-central-1' }],
      }),
    }),
    'CDK Table with the default encryption (AWS-owned key)': synth((s) => {
      new ddb.Table(s, 'Table', { partitionKey: pk });
    }),
    'CDK Table with TableEncryption.AWS_MANAGED': synth((s) => {
      new ddb.Table(s, 'Table', { partitionKey: pk, encryption: ddb.TableEncryption.AWS_MANAGED });
    }),
    'CDK TableV2 with the default encryption': synth((s) => {
      new ddb.TableV2(s, 'Table', { partitionKey: pk });
    }),
  },
});
