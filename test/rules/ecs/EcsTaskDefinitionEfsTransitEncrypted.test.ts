import { describeRule, tpl } from '../../support/harness';

const task = (Volumes?: unknown) => ({
  Type: 'AWS::ECS::TaskDefinition',
  Properties: {
    ContainerDefinitions: [{ Name: 'app', Image: 'amazonlinux:2', MountPoints: [{ SourceVolume: 'data', ContainerPath: '/data' }] }],
    ...(Volumes === undefined ? {} : { Volumes }),
  },
});
const efsVolume = (conf: Record<string, unknown>) => ({ Name: 'data', EFSVolumeConfiguration: { FilesystemId: 'fs-1234', ...conf } });

describeRule('HealthData-EcsTaskDefinitionEfsTransitEncrypted', {
  pass: {
    'transit encryption enabled': tpl({ Task: task([efsVolume({ TransitEncryption: 'ENABLED' })]) }),
    'the shape CDK writes for addVolume with transitEncryption ENABLED and IAM auth': tpl({
      Task: task([{ Name: 'data', EFSVolumeConfiguration: { FilesystemId: { Ref: 'Fs' }, TransitEncryption: 'ENABLED', AuthorizationConfig: { IAM: 'ENABLED' } } }]),
      Fs: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } },
    }),
    'no volumes at all': tpl({ Task: task() }),
    'only a host volume, no EFS': tpl({ Task: task([{ Name: 'scratch', Host: { SourcePath: '/tmp' } }]) }),
    'a parameter whose AllowedValues are all ENABLED': {
      template: tpl(
        { Task: task([efsVolume({ TransitEncryption: { Ref: 'Tls' } })]) },
        { Parameters: { Tls: { Type: 'String', AllowedValues: ['ENABLED'] } } },
      ),
      guard: 'fail',
    },
    'keys spelled in another case, encryption enabled': tpl({
      Task: task([{ Name: 'data', EfsVolumeConfiguration: { FileSystemId: 'fs-1234', TransitEncryption: 'ENABLED' } }]),
    }),
  },
  fail: {
    'TransitEncryption absent: the default DISABLED mounts over plain NFS': tpl({ Task: task([efsVolume({})]) }),
    'TransitEncryption DISABLED': tpl({ Task: task([efsVolume({ TransitEncryption: 'DISABLED' })]) }),
    'one of two EFS volumes unencrypted': tpl({
      Task: task([efsVolume({ TransitEncryption: 'ENABLED' }), { Name: 'logs', EFSVolumeConfiguration: { FilesystemId: 'fs-5678' } }]),
    }),
    'lower-case property names with DISABLED are not skipped': tpl({
      Task: { Type: 'AWS::ECS::TaskDefinition', Properties: { volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', TransitEncryption: 'DISABLED' } }] } },
    }),
    'TransitEncryption from a parameter without AllowedValues (token)': tpl(
      { Task: task([efsVolume({ TransitEncryption: { Ref: 'Tls' } })]) },
      { Parameters: { Tls: { Type: 'String', Default: 'ENABLED' } } },
    ),
    'volumes imported from another stack': tpl({ Task: task({ 'Fn::ImportValue': 'Shared-Volumes' }) }),
    'Fn::If with a branch that disables transit encryption': tpl(
      { Task: task([efsVolume({ TransitEncryption: { 'Fn::If': ['IsProd', 'ENABLED', 'DISABLED'] } })]) },
      { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } },
    ),
  },
});
