import { Duration, Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { HealthDataKey } from '../../lib/constructs';
import { synthWithChecks, templateOf } from './support';

describe('HealthDataKey', () => {
  const t = templateOf((s) => { new HealthDataKey(s, 'Key'); });

  test('rotates yearly, 30-day pending window, retained', () => {
    t.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({ EnableKeyRotation: true, RotationPeriodInDays: 365, PendingWindowInDays: 30 }),
      DeletionPolicy: 'Retain',
    });
  });
  test('has an alias', () => {
    t.hasResourceProperties('AWS::KMS::Alias', { AliasName: Match.stringLikeRegexp('^alias/health-data/') });
  });
  test('denies grants that are not for AWS resources (CT.KMS.PR.3)', () => {
    t.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({
        Effect: 'Deny', Action: 'kms:CreateGrant',
        Condition: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
      })]) },
    });
  });
  test('fails: enableKeyRotation false is refused', () => {
    expect(() => templateOf((s) => { new HealthDataKey(s, 'K', { enableKeyRotation: false } as never); }))
      .toThrow(/'enableKeyRotation' is not allowed on HealthDataKey \(got false\): key rotation is always on/);
  });
  test('fails: a short pending window is refused', () => {
    expect(() => templateOf((s) => { new HealthDataKey(s, 'K', { pendingWindow: Duration.days(7) } as never); }))
      .toThrow(/'pendingWindow' is not allowed on HealthDataKey/);
  });
  test('fails: a replacement key policy is refused', () => {
    expect(() => templateOf((s) => { new HealthDataKey(s, 'K', { policy: {} } as never); }))
      .toThrow(/'policy' is not allowed on HealthDataKey .*grant the key to other accounts/);
  });
  test('fails: rotation period outside 90..2560 days', () => {
    expect(() => templateOf((s) => { new HealthDataKey(s, 'K', { rotationPeriod: Duration.days(30) }); }))
      .toThrow(/'rotationPeriod' on HealthDataKey is insecure \(got "30 days"\)/);
  });
  test('fails: rotation period as a token', () => {
    expect(() => templateOf((s) => { new HealthDataKey(s, 'K', { rotationPeriod: Duration.days(Token.asNumber({ Ref: 'P' })) }); }))
      .toThrow(/'rotationPeriod' on HealthDataKey is an unresolved token/);
  });
  test('fails: unknown prop (misspelt setting)', () => {
    expect(() => templateOf((s) => { new HealthDataKey(s, 'K', { enableKeyRotaton: true } as never); }))
      .toThrow(/'enableKeyRotaton' is not a prop of HealthDataKey/);
  });
  test('zero findings from every check with only required props', () => {
    expect(synthWithChecks((s) => { new HealthDataKey(s, 'Key'); }).findings).toEqual([]);
  });
});
