import type { TemplateResource } from '../../template/template';
import { asArray, describe, isObject, isUnknown, str } from '../../template/values';
import { absent, at, perVariant } from '../check';
import { defineRule, PLAINTEXT_ENDPOINT, type RuleFinding } from '../rule';

export default defineRule({
  category: 'H',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  title: 'Every EFS volume of the task definition encrypts traffic to EFS: Volumes[].EFSVolumeConfiguration.TransitEncryption is ENABLED.',
  rationale: 'Without transit encryption the task reads and writes recordings over plain NFS, readable by anyone who can observe the VPC traffic between the host and the mount target.',
  fix: "Set TransitEncryption: ENABLED in each EFSVolumeConfiguration (CDK: taskDefinition.addVolume({ efsVolumeConfiguration: { fileSystemId, transitEncryption: 'ENABLED' } })).",
  notes: 'Verified: TransitEncryption defaults to DISABLED when omitted (ECS EFSVolumeConfiguration). Task definitions without EFS volumes pass. Property names are matched regardless of case (volumes, EfsVolumeConfiguration), so a template spelling them otherwise is still judged rather than skipped. Volumes that cannot be resolved are findings.',
  neverAcknowledgeable: PLAINTEXT_ENDPOINT,
  evaluate,
});

/**
 * The value of `key` in `obj`, matching the key regardless of case (`Volumes`,
 * `volumes`; `EFSVolumeConfiguration`, `EfsVolumeConfiguration`). A template that
 * spells a property in another case is still judged on it: skipping it would let
 * a plaintext EFS volume pass unseen.
 */
function getAnyCase(obj: Record<string, unknown>, key: string): { key: string; value: unknown } | undefined {
  const k = Object.keys(obj).find((x) => x.toLowerCase() === key.toLowerCase());
  return k === undefined ? undefined : { key: k, value: obj[k] };
}

/**
 * Every EFS volume of the task definition encrypts NFS traffic:
 * `Volumes[].EFSVolumeConfiguration.TransitEncryption` is `ENABLED` (default `DISABLED`).
 */
function evaluate(task: TemplateResource): RuleFinding[] {
  return perVariant(task, (props) => {
    const volumes = getAnyCase(props, 'Volumes');
    if (!volumes) return undefined;
    if (isUnknown(volumes.value)) {
      return { path: at(volumes.key), problem: 'cannot be proven to encrypt EFS traffic: the volumes are only known at deploy time', found: describe(volumes.value) };
    }
    return asArray(volumes.value).map((v, i): RuleFinding | undefined => {
      const path = `${volumes.key}[${i}]`;
      if (!isObject(v)) return { path: at(path), problem: 'cannot be proven not to be an EFS volume without transit encryption', found: describe(v) };
      const efs = getAnyCase(v, 'EFSVolumeConfiguration');
      if (!efs) return undefined;
      const efsPath = `${path}.${efs.key}`;
      if (!isObject(efs.value)) {
        return { path: at(efsPath), problem: 'cannot be proven to enable transit encryption', found: describe(efs.value) };
      }
      const te = getAnyCase(efs.value, 'TransitEncryption');
      const tePath = `${efsPath}.${te?.key ?? 'TransitEncryption'}`;
      if (te === undefined) return { path: at(tePath), problem: 'must be "ENABLED"', found: absent('DISABLED: plain NFS between the task and EFS') };
      if (str(te.value)?.toUpperCase() === 'ENABLED') return undefined;
      return { path: at(tePath), problem: isUnknown(te.value) ? 'must be provably "ENABLED"' : 'must be "ENABLED"', found: describe(te.value) };
    });
  });
}
