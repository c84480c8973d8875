export { default as DynamoDbTableCustomerKeyEncrypted } from './DynamoDbTableCustomerKeyEncrypted';
