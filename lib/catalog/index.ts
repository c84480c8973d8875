/** The rule catalog: every HealthData rule, as data. */
import type { CatalogEntry } from './types';
import { s3 } from './s3';
import { ec2 } from './ec2';
import { efs } from './efs';
import { transfer } from './transfer';
import { storagegateway } from './storagegateway';
import { rds } from './rds';
import { redshift } from './redshift';
import { dms } from './dms';
import { elasticache } from './elasticache';
import { memorydb } from './memorydb';
import { dax } from './dax';
import { dynamodb } from './dynamodb';
import { opensearch } from './opensearch';
import { msk } from './msk';
import { mq } from './mq';
import { elb } from './elb';
import { cloudfront } from './cloudfront';
import { apigateway } from './apigateway';
import { lambda } from './lambda';
import { sqs } from './sqs';
import { sns } from './sns';
import { kinesis } from './kinesis';
import { firehose } from './firehose';
import { logs } from './logs';
import { backup } from './backup';
import { secretsmanager } from './secretsmanager';
import { kms } from './kms';
import { ecr } from './ecr';
import { glacier } from './glacier';
import { ecs } from './ecs';
import { docdb } from './docdb';
import { neptune } from './neptune';
import { cloudformation } from './cloudformation';

import { NEVER_ACKNOWLEDGEABLE } from './never-acknowledgeable';

const ENTRIES: readonly CatalogEntry[] = [
  ...s3,
  ...ec2,
  ...efs,
  ...transfer,
  ...storagegateway,
  ...rds,
  ...redshift,
  ...dms,
  ...elasticache,
  ...memorydb,
  ...dax,
  ...dynamodb,
  ...opensearch,
  ...msk,
  ...mq,
  ...elb,
  ...cloudfront,
  ...apigateway,
  ...lambda,
  ...sqs,
  ...sns,
  ...kinesis,
  ...firehose,
  ...logs,
  ...backup,
  ...secretsmanager,
  ...kms,
  ...ecr,
  ...glacier,
  ...ecs,
  ...docdb,
  ...neptune,
  ...cloudformation,
];

/** Every entry, with the governance decision (never acknowledgeable) applied from its one list. */
export const CATALOG: readonly CatalogEntry[] = ENTRIES.map((e) => (NEVER_ACKNOWLEDGEABLE[e.id]
  ? { ...e, acknowledgeable: false as const, notAcknowledgeableBecause: NEVER_ACKNOWLEDGEABLE[e.id] }
  : e));

/**
 * Whether an entry judges a resource type. A type ending in `::*` in `resourceTypes` stands for
 * every type with that prefix (`Custom::*`: custom resources, whose type the author chooses).
 */
export function judgesType(entry: CatalogEntry, type: string): boolean {
  return entry.resourceTypes.some((t) => t === type || (t.endsWith('::*') && type.startsWith(t.slice(0, -1))));
}

export type { CatalogEntry, Category, Severity } from './types';
