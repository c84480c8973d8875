/** Opening a port to the peers a caller names, after checking the ranges. */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { isPrivateCidr } from '../template/cidr';
import { ensure, HealthDataConstructError } from './guard-props';
import type { HealthDataPeers } from './shared';

/** Refuse tokens and non-private ranges in `peers.privateCidrs`. */
export function checkPeers(construct: string, prop: string, peers: HealthDataPeers | undefined): void {
  for (const cidr of peers?.privateCidrs ?? []) {
    if (typeof cidr !== 'string' || cidr.includes('${Token[')) {
      throw new HealthDataConstructError('HD_PROP_TOKEN', `'${prop}.privateCidrs' on ${construct} is an unresolved token (got ${String(cidr)}): ` +
        'a range decided at deploy time could be 0.0.0.0/0. Fix: pass literal CIDR strings');
    }
    ensure(isPrivateCidr(cidr) === true, construct, `${prop}.privateCidrs`, cidr, {
      why: 'health data is reachable only from private networks', fix: 'use ranges inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, or name a security group',
    });
  }
}

/** Allow `port` into `sg` from each named peer, with a description. */
export function allowPeers(sg: ec2.SecurityGroup, port: ec2.Port, peers: HealthDataPeers | undefined, what: string): void {
  for (const peer of peers?.securityGroups ?? []) sg.addIngressRule(peer, port, `${what} from ${peer.node.path}`);
  for (const cidr of peers?.privateCidrs ?? []) sg.addIngressRule(ec2.Peer.ipv4(cidr), port, `${what} from ${cidr}`);
}
