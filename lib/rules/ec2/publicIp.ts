/**
 * Shared by the public-IP rules: does an instance (or the instances a launch
 * template / launch configuration starts) get a public IPv4 address?
 *
 * - AssociatePublicIpAddress true on an interface: yes.
 * - AssociatePublicIpAddress false: no (it overrides the subnet setting).
 * - Absent: the subnet decides. A public subnet (`subnetIsPublic`: public IP
 *   mapping or an internet route) or one that cannot be proven private is a
 *   finding; no subnet at all means the default VPC, whose subnets map public IPs.
 */
import { subnetIsPublic } from '../../template/network';
import type { TemplateResource, TemplateModel } from '../../template/template';
import { asArray, bool, describe, get, isObject, isUnknown, num } from '../../template/values';
import { absent } from '../check';
import type { RuleFinding } from '../rule';

type Props = Record<string, unknown>;

export const DEFAULT_VPC = 'the instance launches in the default VPC, whose subnets assign public IP addresses';

/** AssociatePublicIpAddress at `path` of `obj`: 'true' | 'false' | 'absent' | a finding for an unproven value. */
export function associateValue(obj: Props, key: string, path: string): 'true' | 'false' | 'absent' | RuleFinding {
  const v = obj[key];
  if (v === undefined) return 'absent';
  const b = bool(v);
  if (b === true) return 'true';
  if (b === false) return 'false';
  return { path, problem: 'must be provably false: the instance may get a public IP address', found: describe(v) };
}

/** A finding when the subnet value is public or unprovable. */
export function subnetFinding(template: TemplateModel, subnet: unknown, path: string, what = 'the instance'): RuleFinding | undefined {
  const fact = subnetIsPublic(template, subnet);
  if (fact.verdict === 'private') return undefined;
  return fact.verdict === 'public'
    ? { path, problem: `places ${what} in a public subnet (${fact.reason}) without AssociatePublicIpAddress false`, found: describe(subnet) }
    : { path, problem: `cannot prove ${what} gets no public IP address: ${fact.reason}`, found: describe(subnet) };
}

/**
 * Findings for a list of network interface specifications (instance or launch
 * template). `noSubnet(path)` says what a primary interface without SubnetId means.
 */
export function interfaceFindings(
  template: TemplateModel, nis: unknown, base: string, noSubnet: (path: string) => RuleFinding[],
): RuleFinding[] {
  if (isUnknown(nis)) return [{ path: base, problem: `cannot prove the instance gets no public IP address: ${nis.reason}`, found: describe(nis) }];
  const list = asArray(nis);
  const out: RuleFinding[] = [];
  list.forEach((ni, i) => {
    const path = `${base}[${i}]`;
    if (!isObject(ni)) {
      out.push({ path, problem: 'cannot prove the interface gets no public IP address: it cannot be resolved', found: describe(ni) });
      return;
    }
    const a = associateValue(ni, 'AssociatePublicIpAddress', `${path}.AssociatePublicIpAddress`);
    if (a === 'true') {
      out.push({ path: `${path}.AssociatePublicIpAddress`, problem: 'must not be true: it gives the instance a public IP address', found: describe(ni.AssociatePublicIpAddress) });
      return;
    }
    if (typeof a === 'object') {
      out.push(a);
      return;
    }
    if (a === 'false') return;
    // Absent: only a new primary interface (device index 0) gets the subnet's public IP setting.
    if (ni.NetworkInterfaceId !== undefined) return;
    const idx = ni.DeviceIndex === undefined ? 0 : num(ni.DeviceIndex);
    if (idx !== undefined && idx !== 0) return;
    if (ni.SubnetId === undefined) out.push(...noSubnet(path));
    else {
      const f = subnetFinding(template, ni.SubnetId, `${path}.SubnetId`);
      if (f) out.push(f);
    }
  });
  return out;
}

/** Subnet values of a resource that launches instances from a launch template / configuration, or undefined when not one. */
function launcherSubnets(user: TemplateResource, props: Props): { path: string; value: unknown } | undefined {
  switch (user.type) {
    case 'AWS::AutoScaling::AutoScalingGroup':
      return { path: 'VPCZoneIdentifier', value: props.VPCZoneIdentifier };
    case 'AWS::EKS::Nodegroup':
      return { path: 'Subnets', value: props.Subnets };
    case 'AWS::Batch::ComputeEnvironment':
      return { path: 'ComputeResources.Subnets', value: get(props, 'ComputeResources.Subnets') };
    default:
      return undefined;
  }
}

/**
 * When a launch template / configuration leaves AssociatePublicIpAddress out,
 * judge the subnets of the groups that launch from it. `path` is where the
 * findings are reported on the launch template / configuration.
 */
export function launcherFindings(source: TemplateResource, path: string, skipTypes: string[] = []): RuleFinding[] {
  const template = source.template;
  const users = template.referrers(source.logicalId).filter((u) => !skipTypes.includes(u.type));
  const out: RuleFinding[] = [];
  let launchers = 0;
  for (const user of users) {
    for (const v of user.variants()) {
      const s = launcherSubnets(user, v.value);
      if (!s) continue;
      launchers++;
      const branches = user.variants().length > 1 && v.branches.length ? { branches: v.branches } : {};
      if (s.value === undefined) {
        out.push({ path, problem: `is not false and ${user.logicalId} (${user.type}) names no subnets, so ${DEFAULT_VPC}`, found: absent('the subnet setting'), ...branches });
        continue;
      }
      if (isUnknown(s.value)) {
        out.push({ path, problem: `is not false and the subnets of ${user.logicalId} cannot be proven private: ${s.value.reason}`, found: absent('the subnet setting'), ...branches });
        continue;
      }
      for (const sub of asArray(s.value)) {
        const fact = subnetIsPublic(template, sub);
        if (fact.verdict === 'private') continue;
        out.push({
          path,
          problem: fact.verdict === 'public'
            ? `is not false and ${user.logicalId} launches instances into a public subnet (${fact.reason})`
            : `is not false and ${user.logicalId} launches instances into a subnet that cannot be proven private (${fact.reason})`,
          found: absent('the subnet setting'),
          ...branches,
        });
      }
    }
  }
  const skipped = template.referrers(source.logicalId).some((u) => skipTypes.includes(u.type));
  if (launchers === 0 && !skipped) {
    out.push({
      path,
      problem: 'must be false: nothing in this template launches from it, so the subnet (and with it the default, a public IP in a default or public subnet) cannot be proven',
      found: absent('the subnet setting'),
    });
  }
  return out;
}
