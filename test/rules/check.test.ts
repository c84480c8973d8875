import { absent, at, customerManagedKeyProblem, mustBe, mustBeAtLeast, mustBeOneOf, mustBePresent, mustUseCustomerManagedKey, perVariant } from '../../lib/rules/check';
import { TemplateModel } from '../../lib/template/template';
import { Reference, Unknown } from '../../lib/template/values';

const template = TemplateModel.fromObject({
  Resources: {
    Key: { Type: 'AWS::KMS::Key' },
    Alias: { Type: 'AWS::KMS::Alias' },
    Replica: { Type: 'AWS::KMS::ReplicaKey' },
    Topic: { Type: 'AWS::SNS::Topic' },
  },
});

describe('customerManagedKeyProblem: the shared customer-managed-key check', () => {
  test.each([
    ['a Ref of a key of the template', new Reference('Key')],
    ['Fn::GetAtt Arn of a key of the template', new Reference('Key', 'Arn')],
    ['an alias resource', new Reference('Alias')],
    ['a replica key', new Reference('Replica')],
    ['a "${Key.Arn}" string', '${Key.Arn}'],
    ['a literal key ARN', 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['a key id', '1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['a customer alias', 'alias/health-data'],
    ['an alias ARN from pseudo parameters and a literal name', 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/health-data'],
    ['a key ARN whose key id is a key of the template', 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${Key}'],
    ['a key ARN with the URL suffix pseudo parameter before the key id', 'arn:aws:kms:${AWS::URLSuffix}:1:key/abc'],
  ])('proves a customer-managed key: %s', (_what, key) => {
    expect(customerManagedKeyProblem(template, key)).toBeUndefined();
  });

  test.each([
    ['absent', undefined, 'no customer-managed KMS key is set'],
    ['null', null, 'no customer-managed KMS key is set'],
    ['empty', '', 'no customer-managed KMS key is set'],
    ['a resource that is not a key', new Reference('Topic'), 'the key refers to Topic (AWS::SNS::Topic), not a KMS key'],
    ['a "${Topic}" string', '${Topic}', 'the key refers to Topic (AWS::SNS::Topic), not a KMS key'],
    ['an import', new Unknown('imported'), 'the key cannot be proven customer-managed: imported'],
    ['a number', 42, 'the key is not a key id, ARN or alias (found 42)'],
    ['alias/aws/sqs', 'alias/aws/sqs', 'the AWS-managed key alias/aws/sqs is used'],
    ['an alias/aws/ ARN in any case', 'arn:aws:kms:eu-west-1:1:ALIAS/AWS/s3', 'the AWS-managed key arn:aws:kms:eu-west-1:1:ALIAS/AWS/s3 is used'],
    ['an alias named by a parameter', 'alias/${KeyAlias}',
      'the key cannot be proven customer-managed: alias/${KeyAlias} is only known at deploy time (${KeyAlias} could name an AWS-managed alias/aws/ key)'],
    ['an alias ARN named by a parameter', 'arn:aws:kms:${AWS::Region}:${AWS::AccountId}:alias/${KeyAlias}',
      'the key cannot be proven customer-managed: arn:aws:kms:${AWS::Region}:${AWS::AccountId}:alias/${KeyAlias} is only known at deploy time (${KeyAlias} could name an AWS-managed alias/aws/ key)'],
    ['the partition as the alias name (alias/aws/... in the aws partition)', 'alias/${AWS::Partition}/s3',
      'the key cannot be proven customer-managed: alias/${AWS::Partition}/s3 is only known at deploy time (${AWS::Partition} could name an AWS-managed alias/aws/ key)'],
    ['a whole key from a parameter', '${KeyArn}',
      'the key cannot be proven customer-managed: ${KeyArn} is only known at deploy time (${KeyArn} could name an AWS-managed alias/aws/ key)'],
    ['two placeholders from parameters', 'arn:aws:kms:${Region}:1:alias/${KeyAlias}',
      'the key cannot be proven customer-managed: arn:aws:kms:${Region}:1:alias/${KeyAlias} is only known at deploy time (${Region}, ${KeyAlias} could name an AWS-managed alias/aws/ key)'],
    ['an account from a parameter', 'arn:aws:kms:eu-west-1:${Account}:key/abc',
      'the key cannot be proven customer-managed: arn:aws:kms:eu-west-1:${Account}:key/abc is only known at deploy time (${Account} could name an AWS-managed alias/aws/ key)'],
    ['a stack name before the alias (not one of the ARN pseudo parameters)', '${AWS::StackName}:alias/x',
      'the key cannot be proven customer-managed: ${AWS::StackName}:alias/x is only known at deploy time (${AWS::StackName} could name an AWS-managed alias/aws/ key)'],
    ['a key id that is a resource but not a key', 'arn:aws:kms:r:1:key/${Topic}',
      'the key cannot be proven customer-managed: arn:aws:kms:r:1:key/${Topic} is only known at deploy time (${Topic} could name an AWS-managed alias/aws/ key)'],
  ])('does not prove a customer-managed key: %s', (_what, key, problem) => {
    expect(customerManagedKeyProblem(template, key)).toBe(problem);
  });

  test('mustUseCustomerManagedKey reports the path, the problem and what was found', () => {
    expect(mustUseCustomerManagedKey(template, { K: 'alias/aws/sns' }, 'K')).toEqual({
      path: 'Properties.K', problem: 'must name a customer-managed KMS key: the AWS-managed key alias/aws/sns is used', found: '"alias/aws/sns"',
    });
    expect(mustUseCustomerManagedKey(template, { K: new Reference('Key') }, 'K')).toBeUndefined();
    // A step on the way that is not an object: the key cannot be read, so it is not proven.
    expect(mustUseCustomerManagedKey(template, { E: 'x' }, 'E.K')?.problem).toBe(
      'must name a customer-managed KMS key: the key cannot be proven customer-managed: E is "x", not an object, so K cannot be read');
  });
});

describe('mustBe and friends: allow-list the secure literal', () => {
  test('mustBe: the expected boolean passes; absent passes only where the default is secure', () => {
    expect(mustBe({ A: true }, 'A', true)).toBeUndefined();
    expect(mustBe({ A: 'TRUE' }, 'A', true)).toBeUndefined();
    expect(mustBe({}, 'A', true)).toEqual({ path: 'Properties.A', problem: 'must be true', found: 'absent (the default is false)' });
    expect(mustBe({}, 'A', false, { defaultText: 'public' })).toEqual({ path: 'Properties.A', problem: 'must be false', found: 'absent (the default is public)' });
    expect(mustBe({}, 'A', false, { absentSecure: true })).toBeUndefined();
    expect(mustBe({ A: 'yes' }, 'A', true)).toEqual({ path: 'Properties.A', problem: 'must be true', found: '"yes"' });
    expect(mustBe({ A: new Unknown('u') }, 'A', true)).toEqual({ path: 'Properties.A', problem: 'must be provably true', found: 'unknown (u)' });
  });

  test('mustBe: an object on the way that is not an object is not absent, even where absence is secure', () => {
    expect(mustBe({ A: new Reference('R') }, 'A.B', false, { absentSecure: true })).toEqual({
      path: 'Properties.A.B', problem: 'must be provably false', found: 'unknown (A is ${R}, not an object, so B cannot be read)',
    });
  });

  test('mustBeOneOf: case-insensitive by default, exact when asked; placeholders and unknowns fail', () => {
    expect(mustBeOneOf({ A: 'tls' }, 'A', ['TLS'])).toBeUndefined();
    expect(mustBeOneOf({ A: 'tls' }, 'A', ['TLS'], { ignoreCase: false })).toEqual({ path: 'Properties.A', problem: 'must be one of "TLS"', found: '"tls"' });
    expect(mustBeOneOf({ A: 'TLS' }, 'A', ['TLS'], { ignoreCase: false })).toBeUndefined();
    expect(mustBeOneOf({ A: 2 }, 'A', [1, 2])).toBeUndefined();
    expect(mustBeOneOf({}, 'A', ['TLS'])).toEqual({ path: 'Properties.A', problem: 'must be one of "TLS"', found: 'absent (the default is not one of them)' });
    expect(mustBeOneOf({}, 'A', ['TLS'], { defaultText: 'PLAINTEXT' })?.found).toBe('absent (the default is PLAINTEXT)');
    expect(mustBeOneOf({}, 'A', ['TLS'], { absentSecure: true })).toBeUndefined();
    expect(mustBeOneOf({ A: '${Mode}' }, 'A', ['${Mode}'])).toEqual({ path: 'Properties.A', problem: 'must be one of "${Mode}"', found: '"${Mode}"' });
    expect(mustBeOneOf({ A: new Unknown('u') }, 'A', ['TLS', 'X'])).toEqual({ path: 'Properties.A', problem: 'must be provably one of "TLS", "X"', found: 'unknown (u)' });
  });

  test('mustBePresent: absent, null, empty string and empty list are missing; unknowns count as present', () => {
    for (const v of [undefined, null, '', []]) {
      expect(mustBePresent({ A: v }, 'A', 'a log group', 'nothing')).toEqual({ path: 'Properties.A', problem: 'must set a log group', found: 'absent (the default is nothing)' });
    }
    expect(mustBePresent({}, 'A', 'x')?.found).toBe('absent (the default is none)');
    expect(mustBePresent({ A: new Unknown('u') }, 'A', 'x')).toBeUndefined();
    expect(mustBePresent({ A: ['x'] }, 'A', 'x')).toBeUndefined();
  });

  test('mustBeAtLeast: numbers and numeric strings at or above the minimum', () => {
    expect(mustBeAtLeast({ A: 7 }, 'A', 7)).toBeUndefined();
    expect(mustBeAtLeast({ A: '8' }, 'A', 7)).toBeUndefined();
    expect(mustBeAtLeast({ A: 6 }, 'A', 7)).toEqual({ path: 'Properties.A', problem: 'must be at least 7', found: '6' });
    expect(mustBeAtLeast({}, 'A', 7)).toEqual({ path: 'Properties.A', problem: 'must be at least 7', found: 'absent (the default is lower)' });
    expect(mustBeAtLeast({}, 'A', 7, { defaultText: '1 day' })?.found).toBe('absent (the default is 1 day)');
    expect(mustBeAtLeast({}, 'A', 7, { absentSecure: true })).toBeUndefined();
    expect(mustBeAtLeast({ A: new Unknown('u') }, 'A', 7)?.found).toBe('unknown (u)');
  });

  test('at and absent render paths and defaults', () => {
    expect(at('')).toBe('Properties');
    expect(at('A.B')).toBe('Properties.A.B');
    expect(absent('off')).toBe('absent (the default is off)');
  });
});

describe('perVariant: one finding per problem, with the branches that lead to it', () => {
  const t = TemplateModel.fromObject({
    Parameters: { Env: { Type: 'String' } },
    Conditions: { Prod: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: {
      One: { Type: 'X', Properties: { A: false } },
      Two: { Type: 'X', Properties: { A: { 'Fn::If': ['Prod', true, false] }, B: false } },
    },
  });

  test('a single rendering: findings as they are, an undefined one dropped', () => {
    expect(perVariant(t.resource('One')!, (p) => [mustBe(p, 'A', true), undefined])).toEqual([
      { path: 'Properties.A', problem: 'must be true', found: 'false' },
    ]);
  });

  test('a finding in one rendering names its branch; one in every rendering names none', () => {
    expect(perVariant(t.resource('Two')!, (p) => [mustBe(p, 'A', true), mustBe(p, 'B', true)])).toEqual([
      { path: 'Properties.B', problem: 'must be true', found: 'false' },
      { path: 'Properties.A', problem: 'must be true', found: 'false', branches: ['Prod is false'] },
    ]);
  });

  test('the same path and problem with different values found are two findings', () => {
    expect(perVariant(t.resource('Two')!, (p) => ({ path: 'Properties.A', problem: 'p', found: String(p.A) }))).toEqual([
      { path: 'Properties.A', problem: 'p', found: 'true', branches: ['Prod is true'] },
      { path: 'Properties.A', problem: 'p', found: 'false', branches: ['Prod is false'] },
    ]);
  });

  test('a finding of the only rendering carries no branches property at all', () => {
    expect(perVariant(t.resource('One')!, (p) => mustBe(p, 'A', true))[0]).not.toHaveProperty('branches');
  });

  test('branches already on a finding are kept in front', () => {
    expect(perVariant(t.resource('Two')!, (p) => mustBe(p, 'A', true) && { ...mustBe(p, 'A', true)!, branches: ['earlier'] })).toEqual([
      { path: 'Properties.A', problem: 'must be true', found: 'false', branches: ['earlier', 'Prod is false'] },
    ]);
  });
});
