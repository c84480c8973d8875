import type { Resource } from '../../template/template';
import { bool, get, str } from '../../template/values';
import { mustBe, perVariant } from '../check';
import type { RuleFinding } from '../rule';

/**
 * A symmetric encryption key (KeySpec SYMMETRIC_DEFAULT, the default) rotates its key
 * material automatically (EnableKeyRotation true). Keys that KMS cannot rotate
 * automatically (asymmetric and HMAC key specs, imported key material, custom key
 * stores) are not judged; a key whose kind cannot be proven must enable rotation.
 */
export default function KmsKeyRotationEnabled(key: Resource): RuleFinding[] {
  return perVariant(key, (props) => {
    if (bool(get(props, 'EnableKeyRotation')) === true) return undefined;
    const spec = get(props, 'KeySpec');
    const origin = get(props, 'Origin');
    const specString = str(spec);
    const originString = str(origin);
    const cannotRotate = (specString !== undefined && specString !== 'SYMMETRIC_DEFAULT')
      || (originString !== undefined && originString !== 'AWS_KMS');
    if (cannotRotate) return undefined;
    return mustBe(props, 'EnableKeyRotation', true, { defaultText: 'false: the key material is never rotated' });
  });
}
