import type { TemplateResource } from '../../template/template';
import { describe, get, str } from '../../template/values';
import { absent, at, mustBeOneOf, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::DMS::Endpoint'],
  title: 'The DMS endpoint encrypts its database connection: SslMode is require, verify-ca or verify-full (Kafka: an encrypting KafkaSettings.SecurityProtocol).',
  rationale: 'With SslMode none, DMS copies entire databases of health data and their credentials across the network in plaintext.',
  fix: 'Set SslMode to verify-full (or verify-ca/require) and CertificateArn to the server CA (CDK: CfnEndpoint sslMode: "verify-full"). Kafka: KafkaSettings.SecurityProtocol ssl-encryption, ssl-authentication or sasl-ssl.',
  notes: 'Verified: SslMode defaults to none. Decision: engines DMS reaches through AWS service APIs over HTTPS (s3, dynamodb, kinesis, neptune, elasticsearch, opensearch, timestream) and Redshift (DMS docs: a Redshift endpoint already uses an SSL connection) have no SslMode to set and are compliant. Kafka endpoints are judged on KafkaSettings.SecurityProtocol (default plaintext). Every other engine, including one DMS may add later, must have a secure SslMode; an EngineName that is not a literal is a finding.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/** Database engines whose DMS endpoint connection is protected only by `SslMode`. */
const SSL_MODE_ENGINES = new Set([
  'mysql', 'mariadb', 'aurora', 'aurora-postgresql', 'aurora-serverless', 'postgres', 'oracle', 'sqlserver', 'azuredb',
  'azure-sql-managed-instance', 'sybase', 'db2', 'db2-zos', 'mongodb', 'docdb', 'babelfish',
]);

/**
 * Engines DMS reaches through AWS service APIs over HTTPS (or, for Redshift, an
 * endpoint that already uses SSL), which have no SslMode setting to get wrong.
 */
const HTTPS_ENGINES = new Set(['s3', 'dynamodb', 'kinesis', 'neptune', 'elasticsearch', 'opensearch', 'redshift', 'redshift-serverless', 'timestream']);

const SECURE_MODES = ['require', 'verify-ca', 'verify-full'] as const;
const KAFKA_SECURE = ['ssl-encryption', 'ssl-authentication', 'sasl-ssl'] as const;

/**
 * The DMS endpoint encrypts its connection to the database: `SslMode` is
 * require, verify-ca or verify-full (the default is none). Kafka endpoints need
 * an encrypting `KafkaSettings.SecurityProtocol`; engines reached over HTTPS
 * service APIs are compliant as they are.
 */
function evaluate(endpoint: TemplateResource): RuleFinding[] {
  return perVariant(endpoint, (props) => {
    const raw = get(props, 'EngineName');
    const engine = str(raw)?.toLowerCase();
    if (engine === undefined) {
      return {
        path: at('EngineName'),
        problem: 'must be a literal engine name, so that the connection\'s encryption can be checked',
        found: raw === undefined ? absent('none') : describe(raw),
      };
    }
    if (HTTPS_ENGINES.has(engine)) return undefined;
    if (engine === 'kafka') {
      return mustBeOneOf(props, 'KafkaSettings.SecurityProtocol', KAFKA_SECURE, { defaultText: 'plaintext' });
    }
    if (SSL_MODE_ENGINES.has(engine)) {
      return mustBeOneOf(props, 'SslMode', SECURE_MODES, { defaultText: 'none: plaintext' });
    }
    const mode = get(props, 'SslMode');
    const ok = mustBeOneOf(props, 'SslMode', SECURE_MODES, { defaultText: 'none' });
    if (!ok) return undefined;
    return {
      path: at('SslMode'),
      problem: `must be one of "require", "verify-ca", "verify-full" (engine ${JSON.stringify(engine)} is not one whose transport this pack knows to be encrypted otherwise)`,
      found: mode === undefined ? absent('none') : describe(mode),
    };
  });
}
