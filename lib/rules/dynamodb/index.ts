export { default as DynamoDbTableCustomerKeyEncrypted } from './DynamoDbTableCustomerKeyEncrypted';
export { default as DynamoDbTablePolicyNotPublic } from './DynamoDbTablePolicyNotPublic';
