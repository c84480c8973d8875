import type { TemplateResource } from '../../template/template';
import { mustBe, perVariant } from '../check';
import { defineRule, type RuleFinding } from '../rule';

export default defineRule({
  category: 'E',
  resourceTypes: ['AWS::EFS::FileSystem'],
  title: 'The EFS file system encrypts data at rest: Encrypted is true.',
  rationale: 'An unencrypted file system keeps recordings, their backups and replicas readable on the storage media; encryption can only be chosen when the file system is created.',
  fix: 'Set Encrypted to true (CDK: FileSystem encrypts by default; do not pass encrypted: false). Changing it replaces the file system: copy the data to a new, encrypted one.',
  notes: 'Verified: CloudFormation AWS::EFS::FileSystem Encrypted defaults to false when omitted (CreateFileSystem: "if true, creates an encrypted file system"), so absence is a finding. CDK\'s FileSystem writes Encrypted: true unless encrypted: false is passed.',
  evaluate,
});

/** The file system encrypts data at rest: `Encrypted` is true (CloudFormation's default is false). */
function evaluate(fileSystem: TemplateResource): RuleFinding[] {
  return perVariant(fileSystem, (props) => mustBe(props, 'Encrypted', true, { defaultText: 'false: stored unencrypted' }));
}
