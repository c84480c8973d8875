import { entry } from './entry';
import type { CatalogEntry } from './types';

export const ecs: CatalogEntry[] = [
  entry({
    name: 'EcsTaskDefinitionEfsTransitEncrypted',
    category: 'H',
    service: 'ecs',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    title: 'Every EFS volume of the task definition encrypts traffic to EFS: Volumes[].EFSVolumeConfiguration.TransitEncryption is ENABLED.',
    rationale: 'Without transit encryption the task reads and writes recordings over plain NFS, readable by anyone who can observe the VPC traffic between the host and the mount target.',
    fix: "Set TransitEncryption: ENABLED in each EFSVolumeConfiguration (CDK: taskDefinition.addVolume({ efsVolumeConfiguration: { fileSystemId, transitEncryption: 'ENABLED' } })).",
    notes: 'Verified: TransitEncryption defaults to DISABLED when omitted (ECS EFSVolumeConfiguration). Task definitions without EFS volumes pass. Property names are matched regardless of case (volumes, EfsVolumeConfiguration), so a template spelling them otherwise is still judged rather than skipped. Volumes that cannot be resolved are findings.',
  }),
];
