import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::StorageGateway::NFSFileShare'],
  title: 'The NFS file share squashes client root users: Squash is RootSquash or AllSquash.',
  rationale: 'With NoSquash, root on any admitted client is root on the share and can read, change or delete every recording regardless of file ownership.',
  fix: "Set Squash to RootSquash (or AllSquash) (CDK: CfnNFSFileShare squash: 'RootSquash').",
  notes: 'The API accepts RootSquash, NoSquash and AllSquash. The default applied when Squash is omitted could not be verified from CloudFormation or API documentation, so absence is a finding (fail closed): state RootSquash or AllSquash.',
  evaluate,
});

/** The NFS share does not give client root users root access: `Squash` is RootSquash or AllSquash, never NoSquash. */
function evaluate(share: TemplateResource): RuleFinding[] {
  return perVariant(share, (props) => mustBeOneOf(props, 'Squash', ['RootSquash', 'AllSquash'], {
    defaultText: 'not stated: the template does not prove root is squashed',
    ignoreCase: false,
  }));
}
