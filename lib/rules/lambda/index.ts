export { default as LambdaUrlIamAuth } from './LambdaUrlIamAuth';
export { default as LambdaPermissionNotPublic } from './LambdaPermissionNotPublic';
