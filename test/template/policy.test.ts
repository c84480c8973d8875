import { deniesInsecureTransport, patternCovers, policyStatements, publicGrants, under } from '../../lib/template/policy';
import { Reference, Unknown } from '../../lib/template/values';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const allow = (extra: Record<string, unknown>) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra });

describe('publicGrants', () => {
  test.each([
    ['"*"', '*'],
    ['{AWS: "*"}', { AWS: '*' }],
    ['{AWS: [account, "*"]}', { AWS: ['arn:aws:iam::111122223333:root', '*'] }],
    ['{CanonicalUser: "*"}', { CanonicalUser: '*' }],
  ])('reports an Allow to anyone written as %s', (_t, Principal) => {
    const problems = publicGrants(doc(allow({ Principal })));
    expect(problems).toEqual([expect.objectContaining({ path: 'Statement[0].Principal', problem: expect.stringMatching(/^allows any principal/) })]);
  });

  test('reports an Allow to a principal that is only known at deploy time (fail closed)', () => {
    const problems = publicGrants(doc(allow({ Principal: { AWS: new Unknown("parameter 'Who' can be set to any value") } })));
    expect(problems.map((p) => p.problem)).toEqual([expect.stringMatching(/cannot be proven not to allow everyone: parameter 'Who'/)]);
  });

  test('reports NotPrincipal in an Allow: it grants everyone else', () => {
    const problems = publicGrants(doc(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })));
    expect(problems.map((p) => p.path)).toEqual(['Statement[0].NotPrincipal']);
  });

  test('reports an Allow to anyone whose Effect is unknown (fail closed)', () => {
    const problems = publicGrants(doc({ ...allow({ Principal: '*' }), Effect: new Unknown('parameter Effect') }));
    expect(problems).toHaveLength(1);
    expect(problems[0].problem).toMatch(/not provably "Deny"/);
  });

  test('ignores Deny statements and specific principals', () => {
    expect(publicGrants(doc(
      { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' },
      allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }),
      allow({ Principal: { AWS: new Reference('Role', 'Arn') } }),
      allow({ Principal: { Service: 'logging.s3.amazonaws.com' } }),
    ))).toEqual([]);
  });

  test('accepts a single statement object and reports it at `Statement`', () => {
    expect(publicGrants({ Statement: allow({ Principal: '*' }) }).map((p) => p.path)).toEqual(['Statement.Principal']);
  });

  test('reads documents given as JSON strings (OpenSearch AccessPolicies)', () => {
    const text = JSON.stringify(doc(allow({ Principal: { AWS: '*' }, Action: 'es:*' })));
    expect(publicGrants(text)).toHaveLength(1);
    expect(publicGrants('{not json')).toEqual([expect.objectContaining({ problem: 'cannot be read as a JSON policy document' })]);
  });

  test('reports a document or a statement that is only known at deploy time', () => {
    expect(publicGrants(new Unknown('imported')).map((p) => p.problem)).toEqual([expect.stringMatching(/only known at deploy time/)]);
    expect(publicGrants({ Statement: new Unknown('x') }).map((p) => p.path)).toEqual(['Statement']);
    expect(publicGrants(doc(new Unknown('x'))).map((p) => p.path)).toEqual(['Statement[0]']);
  });

  test('an absent document grants nothing', () => {
    expect(publicGrants(undefined)).toEqual([]);
  });

  test.each([
    ['StringEquals aws:SourceVpce', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    ['StringEquals aws:SourceVpc (key in another case)', { StringEquals: { 'AWS:SOURCEVPC': 'vpc-111' } }],
    ['StringEquals aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }],
    ['StringEquals aws:SourceAccount with the stack account', { StringEquals: { 'aws:SourceAccount': '${AWS::AccountId}' } }],
    ['ArnLike aws:SourceArn with a fixed account', { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:*' } }],
    ['ArnEquals aws:SourceArn with a resource attribute', { ArnEquals: { 'aws:SourceArn': new Reference('Trail', 'Arn') } }],
    ['ArnLike aws:SourceArn with an S3 bucket name', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-logs-bucket' } }],
    ['ForAnyValue:StringLike aws:PrincipalOrgPaths', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc/r-ab12/ou-ab12-11111111/*' } }],
    ['StringEquals kms:CallerAccount', { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }],
  ])('a grant to anyone restricted by %s is not public', (_t, Condition) => {
    expect(publicGrants(doc(allow({ Principal: '*', Condition })))).toEqual([]);
  });

  test.each([
    ['aws:SourceIp: anonymous callers from an address range are still the internet', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['StringLike aws:PrincipalOrgID "*"', { StringLike: { 'aws:PrincipalOrgID': '*' } }],
    ['StringEqualsIfExists aws:SourceVpce (a request without the key passes)', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }],
    ['StringNotEquals aws:SourceVpce', { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }],
    ['Null aws:SourceVpce', { Null: { 'aws:SourceVpce': 'false' } }],
    ['ForAllValues:StringEquals aws:PrincipalOrgPaths (a missing key matches)', { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgPaths': 'o-1/r-1/*' } }],
    ['StringLike aws:SourceAccount with a wildcard', { StringLike: { 'aws:SourceAccount': '1111*' } }],
    ['ArnLike aws:PrincipalArn in any account', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } }],
    ['aws:ResourceAccount (always the owner in a resource policy)', { StringEquals: { 'aws:ResourceAccount': '111122223333' } }],
    ['StringEquals aws:SourceVpce given by an unresolvable value', { StringEquals: { 'aws:SourceVpce': new Unknown('imported') } }],
    ['Bool aws:SecureTransport', { Bool: { 'aws:SecureTransport': 'true' } }],
  ])('a grant to anyone is still public with %s', (_t, Condition) => {
    expect(publicGrants(doc(allow({ Principal: '*', Condition })))).toHaveLength(1);
  });

  test('a ${Name} placeholder in a condition value is distrusted unless the caller says it names a resource (fail closed)', () => {
    const d = doc(allow({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': '${Vpce}' } } }));
    expect(publicGrants(d).map((p) => p.problem)).toEqual([expect.stringMatching(/StringEquals aws:SourceVpce "\$\{Vpce\}" depends on \$\{Vpce\}, which is only known at deploy time/)]);
    expect(publicGrants(d, { placeholderIsConcrete: (n) => n !== 'Vpce' })[0].problem).toMatch(/depends on \$\{Vpce\}/);
    expect(publicGrants(d, { placeholderIsConcrete: (n) => n === 'Vpce' })).toEqual([]);
  });

  test.each([
    ['StringLike aws:SourceVpce "vpce-*" (any endpoint anyone creates)', { StringLike: { 'aws:SourceVpce': 'vpce-*' } }, /wildcard in an account, organisation, VPC or endpoint id/],
    ['StringLike aws:SourceVpc "vpc-0a*"', { StringLike: { 'aws:SourceVpc': 'vpc-0a*' } }, /wildcard in an account, organisation, VPC or endpoint id/],
    ['StringLike aws:PrincipalOrgPaths "o-*/*" (any organisation)', { StringLike: { 'aws:PrincipalOrgPaths': 'o-*/*' } }, /no fixed organisation id/],
    ['ForAnyValue:StringLike aws:PrincipalOrgPaths "*/r-ab12/*"', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-abc123def4/*', '*/r-ab12/*'] } }, /no fixed organisation id/],
    ['StringLike aws:SourceOrgPaths "o-abc*"', { StringLike: { 'aws:SourceOrgPaths': 'o-abc*' } }, /no fixed organisation id/],
    ['StringLike aws:PrincipalOrgID "*"', { StringLike: { 'aws:PrincipalOrgID': '*' } }, /is a wildcard/],
    ['ForAnyValue:StringLike aws:SourceAccount "11112222*"', { 'ForAnyValue:StringLike': { 'aws:SourceAccount': '11112222*' } }, /wildcard in an account/],
    ['StringEquals aws:SourceVpce "${aws:SourceVpce}" (the key compared with itself)', { StringEquals: { 'aws:SourceVpce': '${aws:SourceVpce}' } }, /policy variable \$\{aws:SourceVpce\}/],
    ['StringEquals aws:PrincipalAccount "${aws:SourceAccount}" (one request value against another)', { StringEquals: { 'aws:PrincipalAccount': '${aws:SourceAccount}' } }, /policy variable/],
    ['ArnLike aws:SourceArn with a policy variable for the account', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-north-1:${aws:PrincipalAccount}:t' } }, /policy variable/],
    ['StringEqualsIfExists aws:PrincipalOrgID (a request without the key passes)', { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123def4' } }, /^allows any principal with no condition that limits the caller to an account, organisation, VPC or source resource$/],
    ['ForAnyValue:StringEqualsIfExists aws:SourceVpce', { 'ForAnyValue:StringEqualsIfExists': { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }, /^allows any principal with no condition/],
    ['StringEquals aws:SourceVpce with one value that cannot be resolved', { StringEquals: { 'aws:SourceVpce': ['vpce-1a2b3c4d', new Unknown('imported')] } }, /cannot be proven: imported/],
  ])('condition values are judged, not only keys: %s does not restrict', (_t, Condition, why) => {
    const problems = publicGrants(doc(allow({ Principal: '*', Condition })));
    expect(problems.map((p) => p.path)).toEqual(['Statement[0].Principal']);
    expect(problems[0].problem).toMatch(why);
  });

  test.each([
    ['StringLike aws:PrincipalOrgPaths under a fixed organisation', { StringLike: { 'aws:PrincipalOrgPaths': 'o-abc123def4/*' } }],
    ['StringEquals aws:SourceVpce "*" (a literal asterisk is no endpoint id: nobody matches)', { StringEquals: { 'aws:SourceVpce': '*' } }],
    ['StringLike aws:SourceVpce with the ${*} escape (a literal asterisk)', { StringLike: { 'aws:SourceVpce': 'vpce-1a2b${*}' } }],
    ['a wildcard-only value beside a fixed restricting key (every condition must hold)', { StringLike: { 'aws:SourceVpce': 'vpce-*' }, StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } }],
  ])('a value that pins the caller restricts: %s', (_t, Condition) => {
    expect(publicGrants(doc(allow({ Principal: '*', Condition })))).toEqual([]);
  });

  test.each([
    ['Fn::Join of a parameter (default "*")', { AWS: 'arn:aws:iam::${Who}:root' }, /the principal "arn:aws:iam::\$\{Who\}:root" depends on \$\{Who\}, which is only known at deploy time, so it could be "\*"/],
    ['a bare parameter placeholder', { AWS: '${Who}' }, /depends on \$\{Who\}/],
    ['a policy variable', { AWS: 'arn:aws:iam::${aws:SourceAccount}:root' }, /policy variable/],
  ])('a principal built from %s is not proven specific', (_t, Principal, why) => {
    const problems = publicGrants(doc(allow({ Principal })), { placeholderIsConcrete: (n) => n !== 'Who' });
    expect(problems.map((p) => p.problem)).toEqual([expect.stringMatching(why)]);
    expect(problems[0].problem).toMatch(/^cannot be proven not to allow everyone: /);
  });

  test('a principal built from a resource Ref, a resource attribute or pseudo parameters is specific', () => {
    expect(publicGrants(doc(
      allow({ Principal: { AWS: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } }),
      allow({ Principal: { AWS: '${Role.Arn}' } }),
      allow({ Principal: { AWS: 'arn:aws:iam::111122223333:role/${Role}' } }),
    ), { placeholderIsConcrete: (n) => n === 'Role' })).toEqual([]);
  });

  test('extra restricting keys can be added per service', () => {
    const d = doc(allow({ Principal: '*', Condition: { StringEquals: { 'svc:Owner': '111122223333' } } }));
    expect(publicGrants(d)).toHaveLength(1);
    expect(publicGrants(d, { extraRestrictingKeys: ['SVC:Owner'] })).toEqual([]);
  });
});

describe('deniesInsecureTransport', () => {
  const resources = [
    { name: 'the bucket', arns: ['${Bucket.Arn}', 'arn:aws:s3:::data'] },
    { name: 'its objects', arns: ['${Bucket.Arn}/*', 'arn:aws:s3:::data/*'] },
  ];
  const opts = { service: 's3', resources };
  // The statement CDK's enforceSSL writes, as the template model resolves it.
  const cdkDeny = {
    Action: 's3:*',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Resource: [new Reference('Bucket', 'Arn'), '${Bucket.Arn}/*'],
  };

  test('the statement CDK enforceSSL writes proves the deny', () => {
    expect(deniesInsecureTransport(doc(cdkDeny), opts)).toBeUndefined();
  });

  test('a boolean false, BoolIfExists, Principal "*", Action "*" and literal ARNs in two statements also prove it', () => {
    const base = { Effect: 'Deny', Principal: '*', Action: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': false } } };
    expect(deniesInsecureTransport(doc({ ...base, Resource: 'arn:aws:s3:::data' }, { ...base, Resource: 'arn:aws:s3:::data/*' }), opts)).toBeUndefined();
  });

  test('a wildcard resource pattern covers both the bucket and its objects', () => {
    expect(deniesInsecureTransport(doc({ ...cdkDeny, Resource: '${Bucket.Arn}*' }), opts)).toBeUndefined();
  });

  test('a TLS-version deny beside the SecureTransport deny is accepted, but not instead of it', () => {
    const tls = { ...cdkDeny, Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } };
    expect(deniesInsecureTransport(doc(cdkDeny, tls), opts)).toBeUndefined();
    expect(deniesInsecureTransport(doc(tls), opts)).toBeDefined();
  });

  test('reports a deny that misses the objects', () => {
    const p = deniesInsecureTransport(doc({ ...cdkDeny, Resource: new Reference('Bucket', 'Arn') }), opts);
    expect(p?.problem).toMatch(/on its objects \(\$\{Bucket\.Arn\}\/\*\)$/);
  });

  test('a deny on another bucket does not count', () => {
    const p = deniesInsecureTransport(doc({ ...cdkDeny, Resource: [new Reference('Other', 'Arn'), '${Other.Arn}/*'] }), opts);
    expect(p?.problem).toMatch(/the bucket .* and its objects/);
  });

  test.each([
    ['an Allow instead of a Deny', { Effect: 'Allow' }],
    ['one principal only', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['only some actions', { Action: ['s3:GetObject', 's3:PutObject'] }],
    ['SecureTransport "true"', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
    ['an extra condition that narrows the deny', { Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }],
    ['NotAction', { NotAction: 's3:GetObject' }],
  ])('does not accept %s', (_t, override) => {
    expect(deniesInsecureTransport(doc({ ...cdkDeny, ...override }), opts)).toBeDefined();
  });

  test('says what could not be resolved', () => {
    const p = deniesInsecureTransport(doc({ ...cdkDeny, Resource: new Unknown('imported bucket ARN') }), opts);
    expect(p?.problem).toMatch(/could not resolve Statement\[0\]: Resource \(imported bucket ARN\)/);
    expect(deniesInsecureTransport(new Unknown('imported'), opts)?.problem).toMatch(/cannot be proven/);
  });

  test('an absent document proves nothing', () => {
    expect(deniesInsecureTransport(undefined, opts)?.found).toBe('no statements');
  });
});

describe('helpers', () => {
  test('patternCovers reads IAM wildcards and keeps placeholders literal', () => {
    expect(patternCovers('${B.Arn}/*', '${B.Arn}/*')).toBe(true);
    expect(patternCovers('${B.Arn}/private/*', '${B.Arn}/*')).toBe(false);
    expect(patternCovers('arn:aws:s3:::data*', 'arn:aws:s3:::data/*')).toBe(true);
    expect(patternCovers('arn:aws:s3:::dat?', 'arn:aws:s3:::data')).toBe(true);
    expect(patternCovers('arn:aws:s3:::other', 'arn:aws:s3:::data')).toBe(false);
  });

  test('policyStatements and under locate statements inside a resource', () => {
    expect(policyStatements(doc({}, {})).statements.map((s) => s.path)).toEqual(['Statement[0]', 'Statement[1]']);
    expect(under('Properties.PolicyDocument', [{ path: 'Statement[0].Principal', problem: 'x' }, { path: '', problem: 'y' }]).map((p) => p.path))
      .toEqual(['Properties.PolicyDocument.Statement[0].Principal', 'Properties.PolicyDocument']);
  });
});

/*
 * Written for survivors of the mutation run (`npm run mutate`): documents and
 * statements that cannot be read, condition values that pin nothing, and the shapes
 * of a TLS deny that must not be read as one. Each case is a fail-closed verdict or
 * the exact text a person reads.
 */
const NO_LIMIT = 'with no condition that limits the caller to an account, organisation, VPC or source resource';

describe('publicGrants: documents and statements that cannot be read', () => {
  test('null and a document without statements grant nothing; a value that is no document is a problem at the document', () => {
    expect(publicGrants(null)).toEqual([]);
    expect(publicGrants({ Version: '2012-10-17' })).toEqual([]);
    expect(publicGrants(42)).toEqual([{ path: '', problem: 'is not a policy document', found: '42' }]);
    expect(publicGrants('["*"]')).toEqual([{ path: '', problem: 'is not a policy document', found: '["*"]' }]);
    expect(publicGrants(new Unknown('imported'))).toEqual([{ path: '', problem: 'cannot be proven: the policy document is only known at deploy time', found: 'unknown (imported)' }]);
    expect(publicGrants('{not json')[0].path).toBe('');
  });

  test('statements that are unknown or not objects are reported with the reason', () => {
    expect(publicGrants({ Statement: new Unknown('imported') })).toEqual([{
      path: 'Statement', problem: 'cannot be proven: the statements are only known at deploy time', found: 'unknown (imported)',
    }]);
    expect(publicGrants(doc('Allow everyone'))).toEqual([{
      path: 'Statement[0]',
      problem: 'cannot be proven not to grant public access: the statement is only known at deploy time',
      found: 'unknown (a statement that is not an object ("Allow everyone"))',
    }]);
  });

  test('the exact finding for anyone, for NotPrincipal and for a principal that cannot be resolved', () => {
    expect(publicGrants(doc(allow({ Principal: '*' })))).toEqual([{ path: 'Statement[0].Principal', problem: `allows any principal ${NO_LIMIT}`, found: '"*"' }]);
    expect(publicGrants(doc(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })))[0].problem)
      .toBe(`allows every principal except the ones listed (NotPrincipal in an Allow statement) ${NO_LIMIT}`);
    expect(publicGrants(doc(allow({ Principal: { AWS: new Unknown('imported') } })))).toEqual([{
      path: 'Statement[0].Principal', problem: `cannot be proven not to allow everyone: imported ${NO_LIMIT}`, found: '{"AWS":"<imported>"}',
    }]);
  });

  test('a principal value that is a list or an object inside the principal is not proven specific', () => {
    expect(publicGrants(doc(allow({ Principal: { AWS: [['*']] } })))[0].problem)
      .toBe(`cannot be proven not to allow everyone: a principal value that is not an ARN, account or service (["*"]) ${NO_LIMIT}`);
    expect(publicGrants(doc(allow({ Principal: { AWS: { Ref: 'Who' } } })))).toHaveLength(1);
  });

  test('a principal written as a bare string built from a parameter is not proven specific; an account number is specific', () => {
    expect(publicGrants(doc(allow({ Principal: 'arn:aws:iam::${Who}:root' })))[0].problem).toMatch(/^cannot be proven not to allow everyone: the principal .* depends on \$\{Who\}/);
    expect(publicGrants(doc(allow({ Principal: { AWS: 111122223333 } })))).toEqual([]);
  });

  test('placeholders the model does not know are distrusted, even when the caller trusts every name', () => {
    const trustAll = { placeholderIsConcrete: () => true };
    for (const p of ['arn:aws:iam::111122223333:role/${x-Role.Arn}', 'arn:aws:iam::111122223333:role/${Role.Arn-x}', '${Who-x}', '${x-Who}']) {
      expect(publicGrants(doc(allow({ Principal: { AWS: p } })), trustAll).map((f) => f.problem)).toEqual([expect.stringMatching(/depends on \$\{.*\}, which is only known at deploy time/)]);
    }
    expect(publicGrants(doc(allow({ Principal: { AWS: 'arn:aws:iam::111122223333:role/${Who}' } })), trustAll)).toEqual([]);
  });
});

describe('publicGrants: conditions that cannot be read or pin nothing', () => {
  const why = (Condition: unknown) => publicGrants(doc(allow({ Principal: '*', Condition }))).map((p) => p.problem);

  test('no condition, an unknown condition, a condition that is not an object, an unknown operator block', () => {
    expect(why(undefined)).toEqual([`allows any principal ${NO_LIMIT}`]);
    expect(why(new Unknown('imported'))).toEqual([`allows any principal ${NO_LIMIT} (the condition is only known at deploy time: imported)`]);
    expect(why('vpce-1')).toEqual([`allows any principal ${NO_LIMIT} (the condition is not an object: "vpce-1")`]);
    expect(why({ StringEquals: new Unknown('imported') })).toEqual([`allows any principal ${NO_LIMIT} (the StringEquals condition is only known at deploy time: imported)`]);
    expect(why({ StringEquals: null })).toEqual([`allows any principal ${NO_LIMIT}`]);
  });

  test.each([
    ['an empty list', { StringEquals: { 'aws:SourceVpce': [] } }, 'StringEquals aws:SourceVpce has no value'],
    ['an empty string', { StringEquals: { 'aws:SourceVpce': '' } }, 'StringEquals aws:SourceVpce is empty'],
    ['blanks', { StringEquals: { 'aws:SourceVpce': '  ' } }, 'StringEquals aws:SourceVpce is empty'],
    ['a boolean', { StringEquals: { 'aws:SourceVpce': true } }, 'StringEquals aws:SourceVpce has a value that is not a string (true)'],
    ['an object', { StringEquals: { 'aws:SourceVpce': { id: 'vpce-1' } } }, 'StringEquals aws:SourceVpce has a value that is not a string ({"id":"vpce-1"})'],
    ['an ARN with too few parts', { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } }, 'ArnLike aws:SourceArn is not an ARN with a fixed account or resource ("arn:aws:*")'],
    ['a pattern that is not an ARN', { ArnLike: { 'aws:SourceArn': 'sns:us-east-1:111122223333:topic:x*' } }, 'ArnLike aws:SourceArn is not an ARN with a fixed account or resource ("sns:us-east-1:111122223333:topic:x*")'],
    ['a wildcard account beside a pseudo parameter', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:${AWS::Region}:*:topic' } }, 'ArnLike aws:SourceArn has a wildcard account ("arn:aws:sns:${AWS::Region}:*:topic")'],
    ['an S3 ARN that is only a wildcard', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }, 'ArnLike aws:SourceArn has no fixed account or resource name ("arn:aws:s3:::*")'],
  ])('a restricting key compared with %s restricts nothing', (_t, Condition, text) => {
    expect(why(Condition)).toEqual([`allows any principal ${NO_LIMIT} (${text})`]);
  });

  test.each([
    ['an account number written as a number', { StringEquals: { 'aws:SourceAccount': 111122223333 } }],
    ['an ARN of six parts with a fixed account', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:alerts-*' } }],
    ['an ARN with a fixed account and any resource', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:*' } }],
    ['an S3 ARN with a fixed bucket-name prefix', { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-logs-*' } }],
    ['the ${?} and ${$} escapes (literal characters)', { StringLike: { 'aws:SourceVpce': 'vpce-1a2b${?}${$}' } }],
  ])('a restricting key compared with %s restricts', (_t, Condition) => {
    expect(why(Condition)).toEqual([]);
  });
});

describe('deniesInsecureTransport: what is and is not the TLS deny', () => {
  const queue = [{ name: 'the queue', arns: ['${Q.Arn}'] }];
  const sqs = { service: 'sqs', resources: queue };
  const tls = { Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '${Q.Arn}', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
  const MUST = 'must deny every principal all sqs actions when aws:SecureTransport is false on the queue (${Q.Arn})';

  test('the problem names what is missing, how many statements were read and what could not be resolved', () => {
    expect(deniesInsecureTransport(doc({ ...tls, Effect: 'Allow' }), sqs)).toEqual({
      path: 'Statement', problem: MUST, found: '1 statement(s), none denying requests without TLS on the queue (${Q.Arn})',
    });
    expect(deniesInsecureTransport(doc(new Unknown('imported'), { ...tls, Resource: ['${Q.Arn}', new Unknown('a parameter')], Principal: 'x' }), sqs)).toEqual({
      path: 'Statement',
      problem: `${MUST}; could not resolve Statement[0]: imported; Statement[1]: Resource (a parameter)`,
      found: '2 statement(s), none denying requests without TLS on the queue (${Q.Arn})',
    });
    expect(deniesInsecureTransport({ Version: '2012-10-17' }, sqs)?.found).toBe('no statements');
    expect(deniesInsecureTransport(null, sqs)?.found).toBe('no statements');
  });

  test.each(['Effect', 'Principal', 'Action', 'Condition'])('an unknown %s is named', (key) => {
    expect(deniesInsecureTransport(doc({ ...tls, Effect: 'Allow', [key]: new Unknown('imported') }), sqs)?.problem).toBe(`${MUST}; could not resolve Statement[0]: ${key} (imported)`);
  });

  test('a deny of all actions counts among other actions and beside an action that cannot be resolved', () => {
    expect(deniesInsecureTransport(doc({ ...tls, Action: ['sqs:SendMessage', 'sqs:*'] }), sqs)).toBeUndefined();
    expect(deniesInsecureTransport(doc({ ...tls, Action: [new Unknown('imported'), 'sqs:*'] }), sqs)).toBeUndefined();
  });

  test('data actions: every one of them must be denied, in any case or by a pattern', () => {
    const sns = { service: 'sns', resources: queue, dataActions: ['sns:Publish', 'sns:Subscribe'] };
    const snsDeny = (Action: unknown) => doc({ ...tls, Action });
    expect(deniesInsecureTransport(snsDeny(['SNS:PUBLISH', 'sns:subscribe']), sns)).toBeUndefined();
    expect(deniesInsecureTransport(snsDeny(['sns:Publish', 'sns:Sub*']), sns)).toBeUndefined();
    expect(deniesInsecureTransport(snsDeny(['sns:Publish', new Unknown('imported'), 'sns:Subscribe']), sns)).toBeUndefined();
    expect(deniesInsecureTransport(snsDeny('sns:Publish'), sns)?.problem)
      .toBe('must deny every principal sns:Publish, sns:Subscribe (or all sns actions) when aws:SecureTransport is false on the queue (${Q.Arn})');
    expect(deniesInsecureTransport(snsDeny(['sns:Publish', 'sns:Subscribe']), { ...sns, dataActions: [] })).toBeDefined();
  });

  test.each([
    ['no Principal', { Principal: undefined }],
    ['a Principal that cannot be resolved', { Principal: new Unknown('imported') }],
    ['a Principal that also names a service', { Principal: { AWS: '*', Service: 'sns.amazonaws.com' } }],
    ['a Principal that is not "*" or {AWS: "*"}', { Principal: { AWS: 'arn:aws:iam::*:root' } }],
    ['no Condition (a blanket deny, not the TLS deny)', { Condition: undefined }],
    ['a Condition that cannot be resolved', { Condition: new Unknown('imported') }],
    ['a Bool block that cannot be resolved', { Condition: { Bool: new Unknown('imported') } }],
    ['a Bool block that is null', { Condition: { Bool: null } }],
    ['ForAllValues:Bool', { Condition: { 'ForAllValues:Bool': { 'aws:SecureTransport': 'false' } } }],
    ['another Bool key', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }],
    ['a second key in the Bool block (it narrows the deny)', { Condition: { Bool: { 'aws:SecureTransport': 'false', 'aws:ViaAWSService': 'false' } } }],
    ['SecureTransport with no value', { Condition: { Bool: { 'aws:SecureTransport': [] } } }],
    ['SecureTransport boolean true', { Condition: { Bool: { 'aws:SecureTransport': true } } }],
    ['SecureTransport false or true (it blocks TLS requests too: not read as the TLS deny)', { Condition: { Bool: { 'aws:SecureTransport': ['false', 'true'] } } }],
  ])('does not accept a deny with %s', (_t, override) => {
    expect(deniesInsecureTransport(doc({ ...tls, ...override }), sqs)).toBeDefined();
  });

  test('{AWS: [..., "*"]}, SecureTransport [false] and " FALSE " are read as the TLS deny', () => {
    expect(deniesInsecureTransport(doc({ ...tls, Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }), sqs)).toBeUndefined();
    expect(deniesInsecureTransport(doc({ ...tls, Condition: { Bool: { 'aws:SecureTransport': [false] } } }), sqs)).toBeUndefined();
    expect(deniesInsecureTransport(doc({ ...tls, Condition: { Bool: { 'aws:SecureTransport': ' FALSE ' } } }), sqs)).toBeUndefined();
  });

  test('NotResource: a deny on everything but other resources covers the queue; one that excludes it, or cannot be read, does not', () => {
    const notResource = (NotResource: unknown) => deniesInsecureTransport(doc({ ...tls, Resource: undefined, NotResource }), sqs);
    expect(notResource(['${Other.Arn}', 'arn:aws:sqs:*:*:other'])).toBeUndefined();
    expect(notResource(['${Other.Arn}', '${Q.Arn}'])).toBeDefined();
    expect(notResource('${Q.*}')).toBeDefined();
    expect(notResource(['${Other.Arn}', new Unknown('imported')])).toBeDefined();
  });

  test('patternCovers: a wildcard in the middle of a pattern, and "*" alone', () => {
    expect(patternCovers('arn:aws:s3:::*-logs', 'arn:aws:s3:::app-logs')).toBe(true);
    expect(patternCovers('arn:aws:s3:::*-logs', 'arn:aws:s3:::app-data')).toBe(false);
    expect(patternCovers('*', '${Q.Arn}')).toBe(true);
  });
});
