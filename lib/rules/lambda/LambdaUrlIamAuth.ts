import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Lambda::Url'],
  title: 'The function URL requires IAM authentication (AuthType AWS_IAM).',
  rationale: 'A function URL with AuthType NONE lets anyone on the internet call a function that can read or return health data.',
  fix: 'Set AuthType to AWS_IAM (CDK: fn.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM })), or put the function behind an authenticated API.',
  notes: 'AuthType is required by CloudFormation; absent is reported as not stating IAM authentication.',
  evaluate,
});

/** A function URL requires IAM authentication (AuthType AWS_IAM). */
function evaluate(url: TemplateResource): RuleFinding[] {
  return perVariant(url, (props) => mustBeOneOf(props, 'AuthType', ['AWS_IAM'], { defaultText: 'none: the property is required, so IAM authentication is not stated', ignoreCase: false }));
}
