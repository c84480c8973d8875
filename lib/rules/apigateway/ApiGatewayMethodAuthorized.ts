import type { TemplateResource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';
import { restApiProvablyPrivate } from './shared';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::ApiGateway::Method'],
  title: 'A method of an API that is not provably private requires authorization (AuthorizationType AWS_IAM, CUSTOM or COGNITO_USER_POOLS); CORS preflight OPTIONS methods with a MOCK integration are exempt.',
  rationale: 'A method with AuthorizationType NONE on a public endpoint lets anyone call the integration behind it.',
  fix: 'Set AuthorizationType to AWS_IAM, COGNITO_USER_POOLS or CUSTOM with an AuthorizerId (CDK: defaultMethodOptions: { authorizationType: AuthorizationType.IAM } or an authorizer), or make the API PRIVATE.',
  notes: 'AuthorizationType defaults to NONE. API keys (ApiKeyRequired) are not authorization. The API is private only when RestApiId points to a RestApi of the same template that is PRIVATE in every Fn::If rendering; an imported or unresolvable API is not provably private.',
  evaluate,
});

const AUTHORIZED = ['AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];

/**
 * A method of an API that is not provably private requires authorization
 * (AWS_IAM, a Lambda authorizer or a Cognito user pool). A CORS preflight
 * (OPTIONS with a MOCK integration, as CDK's addCorsPreflight writes it) passes.
 */
function evaluate(method: TemplateResource): RuleFinding[] {
  return perVariant(method, (props) => {
    const auth = get(props, 'AuthorizationType');
    const a = str(auth)?.toUpperCase();
    if (a !== undefined && AUTHORIZED.includes(a)) return undefined;
    const preflight = str(get(props, 'HttpMethod'))?.toUpperCase() === 'OPTIONS' && str(get(props, 'Integration.Type'))?.toUpperCase() === 'MOCK';
    if (preflight) return undefined;
    if (restApiProvablyPrivate(method, get(props, 'RestApiId'))) return undefined;
    return {
      path: at('AuthorizationType'),
      problem: `${isUnknown(auth) ? 'must be provably' : 'must be'} AWS_IAM, CUSTOM or COGNITO_USER_POOLS: the method's API (${describe(get(props, 'RestApiId'))}) is not provably PRIVATE, so anyone on the internet can call it`,
      found: auth === undefined ? absent('NONE') : describe(auth),
    };
  });
}
