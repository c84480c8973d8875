/**
 * Intrinsic functions, one case each: the value or the reason it cannot be known.
 * Written for survivors of the mutation run (`npm run mutate`): malformed
 * arguments, bounds, and the attributes whose value is set outside the template.
 */
import { TemplateModel } from '../../lib/template/template';
import { Reference, Unknown } from '../../lib/template/values';

const sections = {
  Parameters: {
    Free: { Type: 'String', Default: 'x' },
    NoDefault: { Type: 'String' },
    Ssm: { Type: 'AWS::SSM::Parameter::Value<String>' },
    SsmAllowed: { Type: 'AWS::SSM::Parameter::Value<String>', AllowedValues: ['a'] },
    List: { Type: 'List<String>' },
    Csv: { Type: 'CommaDelimitedList' },
    ListLike: { Type: 'MyList<String>' },
    Mode: { Type: 'String', AllowedValues: ['TLS', 'PLAINTEXT'] },
    EmptyAllowed: { Type: 'String', AllowedValues: [] },
    Typed: 7,
  },
  Conditions: { Yes: { 'Fn::Equals': ['a', 'a'] }, No: { 'Fn::Equals': ['a', 'b'] } },
  Mappings: { M: { eu: { K: 'v-eu' }, us: { K: 'v-us', Other: 'o' } }, Flat: { top: 'not-an-object' } },
};
const resources = {
  Param: { Type: 'AWS::SSM::Parameter' },
  Child: { Type: 'AWS::CloudFormation::Stack' },
  Wait: { Type: 'AWS::CloudFormation::WaitCondition' },
  Custom: { Type: 'Custom::Thing' },
  Cfn: { Type: 'AWS::CloudFormation::CustomResource' },
  Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
  Vpc2: { Type: 'AWS::EC2::VPC' },
  Subnet: { Type: 'AWS::EC2::Subnet', Properties: { CidrBlock: { 'Fn::If': ['Yes', '10.0.1.0/24', '10.0.2.0/24'] } } },
};

/** All renderings of one raw value, as [value, branches]. */
function resolve(raw: unknown): Array<[unknown, readonly string[]]> {
  const t = TemplateModel.fromObject({ ...sections, Resources: { ...resources, R: { Type: 'X', Properties: { V: raw } } } });
  return t.resolve(raw).map((v) => [v.value, v.branches]);
}
const one = (raw: unknown) => {
  const all = resolve(raw);
  expect(all).toHaveLength(1);
  expect(all[0][1]).toEqual([]);
  return all[0][0];
};
const reason = (raw: unknown) => {
  const v = one(raw);
  expect(v).toBeInstanceOf(Unknown);
  return (v as Unknown).reason;
};

describe('malformed intrinsics are unknown with the reason', () => {
  test.each([
    [{ 'Fn::If': 'x' }, 'a malformed Fn::If'],
    [{ 'Fn::If': ['Yes', 1] }, 'a malformed Fn::If'],
    [{ 'Fn::If': [1, 1, 2] }, 'a malformed Fn::If'],
    [{ 'Fn::Join': 'x' }, 'a malformed Fn::Join'],
    [{ 'Fn::Join': [','] }, 'a malformed Fn::Join'],
    [{ 'Fn::Join': [1, ['a']] }, 'an Fn::Join whose parts cannot be resolved'],
    [{ 'Fn::Join': [',', 'a'] }, 'an Fn::Join whose parts cannot be resolved'],
    [{ 'Fn::Join': [',', [{}]] }, 'an Fn::Join with a part that cannot be resolved'],
    [{ 'Fn::Select': 'x' }, 'a malformed Fn::Select'],
    [{ 'Fn::Select': [0] }, 'a malformed Fn::Select'],
    [{ 'Fn::Select': [2, ['a', 'b']] }, 'an Fn::Select that cannot be resolved'],
    [{ 'Fn::Select': [-1, ['a', 'b']] }, 'an Fn::Select that cannot be resolved'],
    [{ 'Fn::Select': [0.5, ['a', 'b']] }, 'an Fn::Select that cannot be resolved'],
    [{ 'Fn::Select': [0, 'a'] }, 'an Fn::Select that cannot be resolved'],
    [{ 'Fn::FindInMap': 'x' }, 'a malformed Fn::FindInMap'],
    [{ 'Fn::FindInMap': ['M', 'eu'] }, 'a malformed Fn::FindInMap'],
    [{ 'Fn::FindInMap': ['M', 'eu', 'K', { DefaultValue: 1 }, 5] }, 'a malformed Fn::FindInMap'],
    [{ 'Fn::FindInMap': ['M', 'eu', 'K', 'd'] }, 'an Fn::FindInMap whose fourth argument is not {DefaultValue: ...}'],
    [{ 'Fn::FindInMap': ['M', 'eu', 'K', { DefaultValue: 1, X: 2 }] }, 'an Fn::FindInMap whose fourth argument is not {DefaultValue: ...}'],
    [{ 'Fn::FindInMap': ['M', 'eu', 'K', { Default: 1 }] }, 'an Fn::FindInMap whose fourth argument is not {DefaultValue: ...}'],
    [{ 'Fn::FindInMap': ['Flat', 'top', 'K'] }, "Fn::FindInMap into 'Flat' with keys that cannot be resolved"],
    [{ 'Fn::FindInMap': ['Nope', 'eu', 'K'] }, "Fn::FindInMap into 'Nope' with keys that cannot be resolved"],
    [{ 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Missing'] }, "Fn::FindInMap into 'M' with keys that cannot be resolved"],
    [{ 'Fn::Sub': 1 }, 'an Fn::Sub whose text is not a string'],
    [{ 'Fn::Sub': [1, {}] }, 'an Fn::Sub whose text is not a string'],
    [{ Ref: 1 }, 'a Ref that is not a string'],
    [{ Ref: 'Nope' }, "Ref to 'Nope', which is neither a parameter nor a resource of this template"],
    [{ Ref: 'Typed' }, "Ref to 'Typed', which is neither a parameter nor a resource of this template"],
    [{ 'Fn::GetAtt': ['Nope', 'Arn'] }, "Fn::GetAtt of 'Nope', which is not a resource of this template"],
    [{ 'Fn::GetAtt': 5 }, "Fn::GetAtt of 'undefined', which is not a resource of this template"],
    [{ 'Fn::Base64': 'x' }, 'Fn::Base64, which this model does not evaluate'],
    [{ 'Fn::ImportValue': 'Shared' }, 'imported from another stack with Fn::ImportValue'],
  ])('%j: %s', (raw, why) => {
    expect(reason(raw)).toBe(why);
  });

  test('the raw intrinsic is kept on the Unknown', () => {
    expect((one({ 'Fn::Base64': 'x' }) as Unknown).raw).toEqual({ 'Fn::Base64': 'x' });
    expect((one({ 'Fn::Join': [',', 'a'] }) as Unknown).raw).toEqual({ 'Fn::Join': [',', 'a'] });
    expect((one({ 'Fn::Select': [5, ['a']] }) as Unknown).raw).toEqual({ 'Fn::Select': [5, ['a']] });
    expect((one({ 'Fn::FindInMap': 'x' }) as Unknown).raw).toEqual({ 'Fn::FindInMap': 'x' });
    expect((one({ 'Fn::GetAtt': ['Param', 'Value'] }) as Unknown).raw).toEqual({ 'Fn::GetAtt': ['Param', 'Value'] });
  });
});

describe('parameters', () => {
  test.each([
    ['Free', "parameter 'Free' can be set to any value at deploy time (default \"x\", no AllowedValues)"],
    ['NoDefault', "parameter 'NoDefault' can be set to any value at deploy time (no default, no AllowedValues)"],
    ['Ssm', "parameter 'Ssm' (AWS::SSM::Parameter::Value<String>) is only known at deploy time"],
    ['List', "parameter 'List' (List<String>) is only known at deploy time"],
    ['Csv', "parameter 'Csv' (CommaDelimitedList) is only known at deploy time"],
    ['ListLike', "parameter 'ListLike' can be set to any value at deploy time (no default, no AllowedValues)"],
    ['EmptyAllowed', "parameter 'EmptyAllowed' can be set to any value at deploy time (no default, no AllowedValues)"],
  ])('Ref %s is unknown: %s', (name, why) => {
    expect(reason({ Ref: name })).toBe(why);
  });

  test('AllowedValues are every rendering, each named', () => {
    expect(resolve({ Ref: 'Mode' })).toEqual([['TLS', ['parameter Mode is "TLS"']], ['PLAINTEXT', ['parameter Mode is "PLAINTEXT"']]]);
    expect(resolve({ Ref: 'SsmAllowed' })).toEqual([['a', ['parameter SsmAllowed is "a"']]]);
  });

  test('pseudo parameters are placeholders; AWS::NoValue removes the property', () => {
    expect(one({ Ref: 'AWS::Region' })).toBe('${AWS::Region}');
    const t = TemplateModel.fromObject({ Resources: { R: { Type: 'X', Properties: { A: { Ref: 'AWS::NoValue' }, B: [1, { Ref: 'AWS::NoValue' }] } } } });
    expect(t.resource('R')!.variants()[0].value).toEqual({ B: [1] });
    expect(t.resolve({ Ref: 'AWS::NoValue' })[0].value).toBeUndefined();
  });
});

describe('Fn::GetAtt', () => {
  test.each([
    [['Param', 'Value'], 'Param.Value, the value of an SSM parameter, which can be changed outside this stack'],
    [['Child', 'Outputs.Key'], 'Child.Outputs.Key, an output of a nested stack, not visible in this template'],
    [['Wait', 'Data'], 'Wait.Data, the data signalled to a wait condition at deploy time'],
    [['Custom', 'Key'], 'Custom.Key, an attribute of custom resource (Custom::Thing), whatever its provider returns at deploy time'],
    [['Cfn', 'Key'], 'Cfn.Key, an attribute of custom resource (AWS::CloudFormation::CustomResource), whatever its provider returns at deploy time'],
  ])('%j is unknown: %s', (arg, why) => {
    expect(reason({ 'Fn::GetAtt': arg })).toBe(why);
  });

  test('other attributes are references; echoed attributes are the property', () => {
    expect(one({ 'Fn::GetAtt': ['Param', 'Type'] })).toEqual(new Reference('Param', 'Type'));
    expect(one({ 'Fn::GetAtt': ['Child', 'Arn'] })).toEqual(new Reference('Child', 'Arn'));
    expect(one({ 'Fn::GetAtt': ['Wait', 'Arn'] })).toEqual(new Reference('Wait', 'Arn'));
    expect(one({ 'Fn::GetAtt': 'Vpc.CidrBlock' })).toBe('10.0.0.0/16');
    expect(one({ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] })).toEqual(new Reference('Vpc', 'DefaultSecurityGroup'));
    expect(one({ 'Fn::GetAtt': ['Vpc2', 'CidrBlock'] })).toEqual(new Reference('Vpc2', 'CidrBlock'));
    expect(one({ 'Fn::GetAtt': ['Vpc', 1] })).toEqual(new Reference('Vpc'));
    expect(resolve({ 'Fn::GetAtt': ['Subnet', 'CidrBlock'] })).toEqual([['10.0.1.0/24', []]]);
    expect(one({ 'Fn::Sub': '${Vpc.CidrBlock}' })).toBe('10.0.0.0/16');
    expect(one({ 'Fn::Sub': '${Param.Value}' })).toBeInstanceOf(Unknown);
  });
});

describe('Fn::If, Fn::Select, Fn::Join, Fn::FindInMap', () => {
  test('a decided condition takes one branch without naming it; an undecided one takes both, named', () => {
    expect(resolve({ 'Fn::If': ['Yes', 'a', 'b'] })).toEqual([['a', []]]);
    expect(resolve({ 'Fn::If': ['No', 'a', 'b'] })).toEqual([['b', []]]);
    expect(resolve({ 'Fn::If': ['Unset', 'a', { 'Fn::If': ['Other', 'b', 'c'] }] })).toEqual([
      ['a', ['Unset is true']], ['b', ['Unset is false', 'Other is true']], ['c', ['Unset is false', 'Other is false']],
    ]);
  });

  test('Fn::Select picks by index, also from a string index and from renderings of a parameter', () => {
    expect(one({ 'Fn::Select': [0, ['a', 'b']] })).toBe('a');
    expect(one({ 'Fn::Select': ['1', ['a', 'b']] })).toBe('b');
    expect(resolve({ 'Fn::Select': [0, [{ Ref: 'Mode' }]] })).toEqual([['TLS', ['parameter Mode is "TLS"']], ['PLAINTEXT', ['parameter Mode is "PLAINTEXT"']]]);
    expect(one({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] })).toBeInstanceOf(Unknown);
  });

  test('Fn::Join names the branches of its parts, and a parameter part stays a placeholder', () => {
    expect(resolve({ 'Fn::Join': [{ 'Fn::If': ['Unset', '-', '+'] }, ['a', { Ref: 'Mode' }]] })).toEqual([
      ['a-TLS', ['Unset is true', 'parameter Mode is "TLS"']],
      ['a-PLAINTEXT', ['Unset is true', 'parameter Mode is "PLAINTEXT"']],
      ['a+TLS', ['Unset is false', 'parameter Mode is "TLS"']],
      ['a+PLAINTEXT', ['Unset is false', 'parameter Mode is "PLAINTEXT"']],
    ]);
    expect(one({ 'Fn::Join': ['/', ['alias', { Ref: 'Free' }, { Ref: 'Vpc' }]] })).toBe('alias/${Free}/${Vpc}');
    expect((one({ 'Fn::Join': ['', [{ 'Fn::ImportValue': 'X' }]] }) as Unknown).reason).toBe('imported from another stack with Fn::ImportValue');
  });

  test('Fn::FindInMap: known keys, an unknown top key (each entry, named), and the default', () => {
    expect(one({ 'Fn::FindInMap': ['M', 'eu', 'K'] })).toBe('v-eu');
    expect(resolve({ 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] })).toEqual([
      ['v-eu', ['the mapping key is eu']], ['v-us', ['the mapping key is us']],
    ]);
    expect(resolve({ 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Other'] })).toEqual([['o', ['the mapping key is us']]]);
    expect(one({ 'Fn::FindInMap': ['M', 'xx', 'K', { DefaultValue: 'd' }] })).toBe('d');
    expect(resolve({ 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K', { DefaultValue: 'd' }] })).toEqual([
      ['v-eu', ['the mapping key is eu']], ['v-us', ['the mapping key is us']],
      ['d', ['the mapping M has no entry for the keys, so the DefaultValue applies']],
    ]);
    expect(resolve({ 'Fn::FindInMap': ['M', { 'Fn::If': ['Unset', 'eu', 'us'] }, 'K'] })).toEqual([
      ['v-eu', ['Unset is true']], ['v-us', ['Unset is false']],
    ]);
  });

  test('Fn::Sub with a variable map, an escaped ${! placeholder and a GetAtt in text', () => {
    expect(one({ 'Fn::Sub': ['${A}-${A}', { A: 'x' }] })).toBe('x-x');
    expect(one({ 'Fn::Sub': 'a${!Literal}' })).toBe('a${Literal}');
    expect(one({ 'Fn::Sub': ['${A}', 'not a map'] })).toBeInstanceOf(Unknown);
    expect(resolve({ 'Fn::Sub': ['${A}', { A: { Ref: 'Mode' } }] })).toEqual([['TLS', ['parameter Mode is "TLS"']], ['PLAINTEXT', ['parameter Mode is "PLAINTEXT"']]]);
    expect((one({ 'Fn::Sub': ['${A}', { A: {} }] }) as Unknown).reason).toBe("Fn::Sub variable 'A' cannot be resolved");
  });

  test('values nest at most 50 deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 60; i++) deep = [deep];
    const t = TemplateModel.fromObject({ Resources: { R: { Type: 'X' } } });
    expect(JSON.stringify(t.resolve(deep)[0].value)).toContain('the value nests too deeply to evaluate');
    let ok: unknown = 'x';
    for (let i = 0; i < 49; i++) ok = { A: ok };
    expect(JSON.stringify(t.resolve(ok)[0].value)).not.toContain('nests too deeply');
  });

  test('an object with more than one key is not an intrinsic, even when one key is Ref', () => {
    expect(one({ Ref: 'Mode', Other: 1 })).toEqual({ Ref: 'Mode', Other: 1 });
    expect(one({ Fnord: 1 })).toEqual({ Fnord: 1 });
  });
});

describe('template lookups', () => {
  const t = TemplateModel.fromObject({ ...sections, Resources: { ...resources, User: { Type: 'X', Properties: { A: { Ref: 'Vpc' }, B: { 'Fn::Sub': '${Subnet.CidrBlock} ${Nope} ${User}' } } } } });

  test('parameter() reads Type, Default and AllowedValues, and only parameters that are objects', () => {
    expect(t.parameter('Mode')).toEqual({ name: 'Mode', type: 'String', default: undefined, allowedValues: ['TLS', 'PLAINTEXT'] });
    expect(t.parameter('Free')).toEqual({ name: 'Free', type: 'String', default: 'x', allowedValues: undefined });
    expect(t.parameter('Typed')).toBeUndefined();
    expect(TemplateModel.fromObject({ Parameters: { P: { Type: 1 } }, Resources: {} }).parameter('P')?.type).toBeUndefined();
  });

  test('target() follows a Reference or a ${Id} / ${Id.Attr} string, nothing else', () => {
    expect(t.target(new Reference('Vpc'))?.logicalId).toBe('Vpc');
    expect(t.target('${Vpc}')?.logicalId).toBe('Vpc');
    expect(t.target('${Vpc.CidrBlock}')?.logicalId).toBe('Vpc');
    expect(t.target('x${Vpc}')).toBeUndefined();
    expect(t.target('${Vpc}x')).toBeUndefined();
    expect(t.target('${Vpc.}')).toBeUndefined();
    expect(t.target('${Nope}')).toBeUndefined();
    expect(t.target(1)).toBeUndefined();
  });

  test('references and referrers: resources of this template only, never itself', () => {
    expect([...t.referencedBy('User')].sort()).toEqual(['Subnet', 'Vpc']);
    expect(t.referrers('Vpc').map((r) => r.logicalId)).toEqual(['User']);
    expect(t.referrers('Vpc', 'AWS::S3::Bucket')).toEqual([]);
    expect(t.referrers('Vpc', 'X').map((r) => r.logicalId)).toEqual(['User']);
    expect([...t.referencedBy('Nope')]).toEqual([]);
    expect(t.resource('User')!.references()).toEqual(new Set(['Vpc', 'Subnet']));
  });

  test('variants are computed once, and properties unknown as a whole are refused', () => {
    const r = t.resource('User')!;
    expect(r.variants()).toBe(r.variants());
    const whole = TemplateModel.fromObject({ Resources: { R: { Type: 'X', Properties: { 'Fn::ImportValue': 'P' } } } }).resource('R')!;
    expect(() => whole.variants()).toThrow('the properties of R cannot be evaluated: imported from another stack with Fn::ImportValue');
  });
});
