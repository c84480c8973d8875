import type { TemplateResource } from '../../template/template';
import { describe, get, isUnknown, str } from '../../template/values';
import { at, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::Lambda::Permission'],
  title: 'A Lambda permission names a specific principal, or scopes a "*" principal with SourceArn, SourceAccount or PrincipalOrgID.',
  rationale: 'Principal "*" without a condition lets any AWS account (or, with FunctionUrlAuthType NONE, anyone on the internet) invoke a function that handles health data.',
  fix: 'Name the calling account, role or service as Principal and add SourceArn/SourceAccount (CDK: fn.grantInvoke(principal) or addPermission with sourceArn/sourceAccount/principalOrgId).',
  notes: 'A Principal that cannot be resolved (parameter, import) is treated as possibly "*". Service principals without SourceArn are a confused-deputy risk but not public, and pass here. A scoping value that is itself unresolved still counts as scoping.',
  evaluate,
});

const SCOPING = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'];

/**
 * A Lambda permission does not let anyone invoke the function: a Principal of
 * "*" (or one that cannot be resolved) is scoped by SourceArn, SourceAccount or
 * PrincipalOrgID. A permission for a NONE-auth function URL is public unless scoped.
 */
function evaluate(p: TemplateResource): RuleFinding[] {
  return perVariant(p, (props) => {
    const principal = get(props, 'Principal');
    const scoped = SCOPING.some((k) => {
      const v = get(props, k);
      return v !== undefined && v !== '';
    });
    if (scoped) return undefined;
    const urlAuth = str(get(props, 'FunctionUrlAuthType'))?.toUpperCase();
    const anyone = principal === undefined || isUnknown(principal) || (typeof principal === 'string' && principal.trim() === '*');
    if (!anyone) return undefined;
    const what = isUnknown(principal) || principal === undefined
      ? 'cannot be proven to name a specific principal'
      : urlAuth === 'NONE'
        ? 'is "*" on a function URL with AuthType NONE: anyone on the internet can invoke the function'
        : 'is "*": any AWS account can invoke the function';
    return { path: at('Principal'), problem: `${what}, and no SourceArn, SourceAccount or PrincipalOrgID scopes it`, found: describe(principal) };
  });
}
