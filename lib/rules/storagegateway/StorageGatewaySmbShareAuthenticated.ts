import type { TemplateResource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'P',
  resourceTypes: ['AWS::StorageGateway::SMBFileShare'],
  title: 'The SMB file share authenticates users with Active Directory: Authentication is ActiveDirectory, not GuestAccess.',
  rationale: 'GuestAccess lets anyone who knows the one shared guest password (or reaches the gateway if none is set) open the share, with no per-user identity or audit.',
  fix: "Set Authentication to ActiveDirectory, or leave it out, and join the gateway to the domain (CDK: CfnSMBFileShare authentication: 'ActiveDirectory').",
  notes: 'Verified: CreateSMBFileShare Authentication defaults to ActiveDirectory (valid values ActiveDirectory | GuestAccess), so absence passes. Values are compared exactly; unresolvable values are findings.',
  evaluate,
});

/** The SMB share authenticates users against Active Directory: `Authentication` is ActiveDirectory (the default), never GuestAccess. */
function evaluate(share: TemplateResource): RuleFinding[] {
  return perVariant(share, (props) => mustBeOneOf(props, 'Authentication', ['ActiveDirectory'], { absentSecure: true, ignoreCase: false }));
}
