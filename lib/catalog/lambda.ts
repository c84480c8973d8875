import { entry } from './entry';
import type { CatalogEntry } from './types';

export const lambda: CatalogEntry[] = [
  entry({
    name: 'LambdaUrlIamAuth',
    category: 'P',
    service: 'lambda',
    resourceTypes: ['AWS::Lambda::Url'],
    title: 'The function URL requires IAM authentication (AuthType AWS_IAM).',
    rationale: 'A function URL with AuthType NONE lets anyone on the internet call a function that can read or return health data.',
    fix: 'Set AuthType to AWS_IAM (CDK: fn.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM })), or put the function behind an authenticated API.',
    notes: 'AuthType is required by CloudFormation; absent is reported as not stating IAM authentication.',
  }),
  entry({
    name: 'LambdaPermissionNotPublic',
    category: 'P',
    service: 'lambda',
    resourceTypes: ['AWS::Lambda::Permission'],
    title: 'A Lambda permission names a specific principal, or scopes a "*" principal with SourceArn, SourceAccount or PrincipalOrgID.',
    rationale: 'Principal "*" without a condition lets any AWS account (or, with FunctionUrlAuthType NONE, anyone on the internet) invoke a function that handles health data.',
    fix: 'Name the calling account, role or service as Principal and add SourceArn/SourceAccount (CDK: fn.grantInvoke(principal) or addPermission with sourceArn/sourceAccount/principalOrgId).',
    notes: 'A Principal that cannot be resolved (parameter, import) is treated as possibly "*". Service principals without SourceArn are a confused-deputy risk but not public, and pass here. A scoping value that is itself unresolved still counts as scoping.',
  }),
];
