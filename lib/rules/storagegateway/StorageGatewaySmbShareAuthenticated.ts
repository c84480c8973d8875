import type { Resource } from '../../template/template';
import { mustBeOneOf, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/** The SMB share authenticates users against Active Directory: `Authentication` is ActiveDirectory (the default), never GuestAccess. */
export default function StorageGatewaySmbShareAuthenticated(share: Resource): RuleFinding[] {
  return perVariant(share, (props) => mustBeOneOf(props, 'Authentication', ['ActiveDirectory'], { absentSecure: true, ignoreCase: false }));
}
