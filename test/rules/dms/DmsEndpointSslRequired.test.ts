import * as dms from 'aws-cdk-lib/aws-dms';
import { describeRule, tpl } from '../../support/harness';
import { cdkTemplate } from '../rds/cdk';
import { FREE, IS_PROD } from '../rds/common';

const ep = (engine: unknown, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::DMS::Endpoint', Properties: { EndpointType: 'source', EngineName: engine, ServerName: 'db.internal', Port: 5432, ...extra },
});
const cdkEp = (sslMode?: string) => cdkTemplate((s) => {
  new dms.CfnEndpoint(s, 'Ep', { endpointType: 'source', engineName: 'postgres', serverName: 'db.internal', port: 5432, ...(sslMode ? { sslMode } : {}) });
});

describeRule('HealthData-DmsEndpointSslRequired', {
  pass: {
    'PostgreSQL source with SslMode verify-full': tpl({ E: ep('postgres', { SslMode: 'verify-full', CertificateArn: 'arn:aws:dms:eu-north-1:111111111111:cert:c' }) }),
    'MySQL source with SslMode require': tpl({ E: ep('mysql', { SslMode: 'require' }) }),
    'an S3 target reached over HTTPS has no SslMode to set': tpl({ E: ep('s3', { S3Settings: { BucketName: 'b' } }) }),
    'a Kafka target with SecurityProtocol sasl-ssl': tpl({ E: ep('kafka', { KafkaSettings: { Broker: 'b:9096', SecurityProtocol: 'sasl-ssl' } }) }),
    'SslMode from a parameter whose AllowedValues are all secure': {
      template: tpl(
        { E: ep('oracle', { SslMode: { Ref: 'Mode' } }) },
        { Parameters: { Mode: { Type: 'String', AllowedValues: ['verify-ca', 'verify-full'] } } },
      ),
      guard: 'fail',
    },
    'the shape CDK CfnEndpoint writes with sslMode verify-full': cdkEp('verify-full'),
  },
  fail: {
    'SslMode absent: DMS connects to the database in plaintext': tpl({ E: ep('postgres') }),
    'SslMode none copies the database in the clear': tpl({ E: ep('sqlserver', { SslMode: 'none' }) }),
    'SslMode from a parameter without AllowedValues (token)': tpl({ E: ep('mysql', { SslMode: { Ref: 'Mode' } }) }, FREE('Mode', 'require')),
    'EngineName from a parameter without AllowedValues': tpl({ E: ep({ Ref: 'Engine' }, { SslMode: 'none' }) }, FREE('Engine', 's3')),
    'Fn::If with a plaintext branch': tpl({ E: ep('mariadb', { SslMode: { 'Fn::If': ['IsProd', 'verify-full', 'none'] } }) }, IS_PROD),
    'a Kafka target with the default plaintext protocol (absent)': tpl({ E: ep('kafka', { KafkaSettings: { Broker: 'b:9092' } }) }),
    'an engine this pack does not know, without SslMode': tpl({ E: ep('some-new-engine') }),
    'the shape CDK CfnEndpoint writes without sslMode': cdkEp(),
  },
});
