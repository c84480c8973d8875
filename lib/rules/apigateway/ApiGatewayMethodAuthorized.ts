import type { Resource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import type { RuleFinding } from '../rule';
import { restApiProvablyPrivate } from './shared';

const AUTHORIZED = ['AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];

/**
 * A method of an API that is not provably private requires authorization
 * (AWS_IAM, a Lambda authorizer or a Cognito user pool). A CORS preflight
 * (OPTIONS with a MOCK integration, as CDK's addCorsPreflight writes it) passes.
 */
export default function ApiGatewayMethodAuthorized(method: Resource): RuleFinding[] {
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
