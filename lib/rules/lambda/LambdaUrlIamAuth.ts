import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** A function URL requires IAM authentication (AuthType AWS_IAM). */
export default function LambdaUrlIamAuth(url: Resource): RuleFinding[] {
  return perVariant(url, (props) => mustBeOneOf(props, 'AuthType', ['AWS_IAM'], { defaultText: 'none: the property is required, so IAM authentication is not stated', ignoreCase: false }));
}
