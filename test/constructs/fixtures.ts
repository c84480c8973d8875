/** Required props for each construct, shared by the construct tests. */
import type { Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { HealthDataNetwork } from '../../lib/constructs';

export const CERT_ARN = 'arn:aws:acm:eu-north-1:111111111111:certificate/00000000-0000-0000-0000-000000000000';
export const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyForTests';

export function network(stack: Stack): HealthDataNetwork {
  return new HealthDataNetwork(stack, 'Network');
}

export function certificate(stack: Stack): acm.ICertificate {
  return acm.Certificate.fromCertificateArn(stack, 'Certificate', CERT_ARN);
}
