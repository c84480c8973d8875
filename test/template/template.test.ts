import { parseTemplateText, TemplateParseError } from '../../lib/template/load';
import { conditionalCreation, TemplateModel } from '../../lib/template/template';
import { bool, isReference, isUnknown, Reference, Unknown } from '../../lib/template/values';

const props = (t: TemplateModel, id = 'R') => t.resource(id)!.variants().map((v) => v.value);

describe('loading templates', () => {
  test('YAML short-form tags become their long form', () => {
    const t = parseTemplateText([
      'Resources:',
      '  R:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      A: !Ref Other',
      '      B: !GetAtt Other.Arn',
      '      C: !Sub "arn:${AWS::Partition}:s3:::${Other}"',
      '      D: !If [Cond, !Ref AWS::NoValue, x]',
      '      E: !Join ["", [a, !Ref Other]]',
      '      F: !ImportValue Shared',
    ].join('\n'));
    const p = (t.Resources as any).R.Properties;
    expect(p.A).toEqual({ Ref: 'Other' });
    expect(p.B).toEqual({ 'Fn::GetAtt': ['Other', 'Arn'] });
    expect(p.C).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Other}' });
    expect(p.D).toEqual({ 'Fn::If': ['Cond', { Ref: 'AWS::NoValue' }, 'x'] });
    expect(p.E).toEqual({ 'Fn::Join': ['', ['a', { Ref: 'Other' }]] });
    expect(p.F).toEqual({ 'Fn::ImportValue': 'Shared' });
  });

  test.each([
    ['', /empty/],
    ['{ "Resources": ', /not valid JSON/],
    ['Resources: [1, 2', /not valid YAML/],
    ['just a string', /not a CloudFormation template/],
    ['{"AWSTemplateFormatVersion": "2010-09-09"}', /no 'Resources' section/],
    ['{"Resources": {"A": {"Properties": {}}}}', /resource 'A' has no 'Type'/],
  ])('bad input %j is refused with a reason', (text, why) => {
    expect(() => parseTemplateText(text, 'x.yaml')).toThrow(TemplateParseError);
    expect(() => parseTemplateText(text, 'x.yaml')).toThrow(why);
  });
});

describe('resolving values', () => {
  const t = (resources: object, extra: object = {}) => TemplateModel.fromObject({ ...extra, Resources: resources });

  test('a Ref to a resource is a Reference, GetAtt keeps the attribute', () => {
    const [p] = props(t({ R: { Type: 'X', Properties: { A: { Ref: 'O' }, B: { 'Fn::GetAtt': ['O', 'Arn'] } } }, O: { Type: 'Y' } }));
    expect(p.A).toEqual(new Reference('O'));
    expect(p.B).toEqual(new Reference('O', 'Arn'));
  });

  test('every Fn::If branch is a variant; AWS::NoValue removes the property', () => {
    const vs = t({ R: { Type: 'X', Properties: { A: { 'Fn::If': ['C', true, { Ref: 'AWS::NoValue' }] } } } }, { Conditions: { C: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } }, Parameters: { P: { Type: 'String' } } })
      .resource('R')!.variants();
    expect(vs.map((v) => v.value)).toEqual([{ A: true }, {}]);
    expect(vs.map((v) => v.branches)).toEqual([['C is true'], ['C is false']]);
  });

  test('a condition the template decides on its own takes one branch', () => {
    const [p, more] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::If': ['C', 1, 2] } } } }, { Conditions: { C: { 'Fn::Equals': ['a', 'a'] } } }));
    expect(p).toEqual({ A: 1 });
    expect(more).toBeUndefined();
  });

  test('a parameter with AllowedValues yields one variant per value', () => {
    const vs = props(t({ R: { Type: 'X', Properties: { A: { Ref: 'P' } } } }, { Parameters: { P: { Type: 'String', AllowedValues: ['true', 'false'] } } }));
    expect(vs).toEqual([{ A: 'true' }, { A: 'false' }]);
  });

  test('a parameter without AllowedValues is unknown, even with a secure default', () => {
    const [p] = props(t({ R: { Type: 'X', Properties: { A: { Ref: 'P' } } } }, { Parameters: { P: { Type: 'String', Default: 'true' } } }));
    expect(isUnknown(p.A)).toBe(true);
    expect((p.A as Unknown).reason).toMatch(/parameter 'P' can be set to any value at deploy time \(default "true"/);
    expect(bool(p.A)).toBeUndefined();
  });

  test('imports and SSM parameters are unknown with the reason', () => {
    const [p] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::ImportValue': 'E' }, B: { Ref: 'S' } } } }, { Parameters: { S: { Type: 'AWS::SSM::Parameter::Value<String>' } } }));
    expect((p.A as Unknown).reason).toMatch(/imported/);
    expect((p.B as Unknown).reason).toMatch(/only known at deploy time/);
  });

  test('Fn::Sub and Fn::Join render references and pseudo parameters as placeholders', () => {
    const [p] = props(t({
      R: { Type: 'X', Properties: {
        A: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${B}/*' },
        C: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['B', 'Arn'] }, '/*']] },
        D: { 'Fn::Sub': ['${x}-${B.Arn}', { x: 'v' }] },
      } },
      B: { Type: 'AWS::S3::Bucket' },
    }));
    expect(p).toEqual({ A: 'arn:${AWS::Partition}:s3:::${B}/*', C: '${B.Arn}/*', D: 'v-${B.Arn}' });
  });

  test('Fn::FindInMap with an unknown key yields every entry of the map', () => {
    const vs = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'enc'] } } } }, { Mappings: { M: { 'eu-north-1': { enc: true }, 'us-east-1': { enc: false } } } }));
    expect(vs).toEqual([{ A: true }, { A: false }]);
  });

  describe('Fn::FindInMap with a DefaultValue (AWS::LanguageExtensions)', () => {
    const M = { Mappings: { M: { 'eu-north-1': { enc: true }, 'us-east-1': { enc: true } } }, Transform: 'AWS::LanguageExtensions' };
    const find = (top: unknown, second: unknown, dflt: unknown) => props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', top, second, { DefaultValue: dflt }] } } } }, M));

    test('known keys with an entry: the entry, not the default', () => {
      expect(find('eu-north-1', 'enc', false)).toEqual([{ A: true }]);
    });

    test('known keys without an entry: the default', () => {
      expect(find('ap-south-1', 'enc', false)).toEqual([{ A: false }]);
      expect(find('eu-north-1', 'other', 'x')).toEqual([{ A: 'x' }]);
    });

    test('an unknown key: every entry and the default are possible, the default under its own branch', () => {
      const tt = t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'enc', { DefaultValue: false }] } } } }, M);
      const vs = tt.resource('R')!.variants();
      expect(vs.map((v) => v.value)).toEqual([{ A: true }, { A: true }, { A: false }]);
      expect(vs[2].branches).toEqual(['the mapping M has no entry for the keys, so the DefaultValue applies']);
    });

    test('an unknown key and no entry with the second key: only the default', () => {
      expect(find({ Ref: 'AWS::Region' }, 'missing', 'd')).toEqual([{ A: 'd' }]);
    });

    test('the default is resolved like any value (a parameter stays unknown)', () => {
      const [p] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', 'ap-south-1', 'enc', { DefaultValue: { Ref: 'P' } }] } } } }, { ...M, Parameters: { P: { Type: 'String' } } }));
      expect((p.A as Unknown).reason).toMatch(/parameter 'P' can be set to any value/);
    });

    test('a map name or second key that cannot be resolved stays unknown, default or not', () => {
      const [p] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': [{ Ref: 'P' }, 'eu-north-1', 'enc', { DefaultValue: true }] } } } }, { ...M, Parameters: { P: { Type: 'String' } } }));
      expect((p.A as Unknown).reason).toMatch(/Fn::FindInMap into .* with keys that cannot be resolved/);
      const [q] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', 'eu-north-1', { Ref: 'P' }, { DefaultValue: true }] } } } }, { ...M, Parameters: { P: { Type: 'String' } } }));
      expect(isUnknown(q.A)).toBe(true);
    });

    test('a fourth argument that is not {DefaultValue: x} is unknown, not ignored', () => {
      const [p] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', 'eu-north-1', 'enc', { Default: false }] } } } }, M));
      expect((p.A as Unknown).reason).toMatch(/fourth argument is not \{DefaultValue/);
    });

    test('without a DefaultValue a key with no entry still yields every entry (unchanged)', () => {
      expect(props(t({ R: { Type: 'X', Properties: { A: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'enc'] } } } }, M))).toEqual([{ A: true }, { A: true }]);
    });
  });

  describe('Fn::GetAtt of attributes the template fixes, and of attributes it cannot', () => {
    const vpc = (props: object) => ({ Vpc: { Type: 'AWS::EC2::VPC', Properties: props } });
    const read = (resources: object, value: unknown, extra: object = {}) => props(t({ ...resources, R: { Type: 'X', Properties: { A: value } } }, extra)).map((p) => p.A);

    test('a VPC\'s CidrBlock attribute is its literal CidrBlock property (GetAtt, dotted GetAtt and Fn::Sub)', () => {
      expect(read(vpc({ CidrBlock: '10.0.0.0/16' }), { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] })).toEqual(['10.0.0.0/16']);
      expect(read(vpc({ CidrBlock: '10.0.0.0/16' }), { 'Fn::GetAtt': 'Vpc.CidrBlock' })).toEqual(['10.0.0.0/16']);
      expect(read(vpc({ CidrBlock: '10.0.0.0/16' }), { 'Fn::Sub': 'from ${Vpc.CidrBlock}' })).toEqual(['from 10.0.0.0/16']);
    });

    test('a subnet\'s CidrBlock attribute is its CidrBlock property', () => {
      expect(read({ S: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.1.0/24' } } }, { 'Fn::GetAtt': ['S', 'CidrBlock'] })).toEqual(['10.0.1.0/24']);
    });

    test('the echoed property keeps its own Fn::If variants and unknowns', () => {
      const cond = { Parameters: { Env: { Type: 'String' } }, Conditions: { Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } } };
      expect(read(vpc({ CidrBlock: { 'Fn::If': ['Dev', '52.0.0.0/16', '10.0.0.0/16'] } }), { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, cond)).toEqual(['52.0.0.0/16', '10.0.0.0/16']);
      const [u] = read(vpc({ CidrBlock: { Ref: 'Cidr' } }), { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, { Parameters: { Cidr: { Type: 'String' } } });
      expect((u as Unknown).reason).toMatch(/parameter 'Cidr' can be set to any value/);
    });

    test('a VPC whose CidrBlock is allocated from an IPAM pool: the attribute stays a reference (only known once deployed)', () => {
      expect(read(vpc({ Ipv4IpamPoolId: 'ipam-pool-1', Ipv4NetmaskLength: 16 }), { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] })).toEqual([new Reference('Vpc', 'CidrBlock')]);
    });

    test('attributes that are not echoes stay references (a security group\'s GroupId, a VPC\'s DefaultSecurityGroup)', () => {
      expect(read({ ...vpc({ CidrBlock: '10.0.0.0/16' }), G: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'g' } } }, [{ 'Fn::GetAtt': ['G', 'GroupId'] }, { 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }]))
        .toEqual([[new Reference('G', 'GroupId'), new Reference('Vpc', 'DefaultSecurityGroup')]]);
    });

    test.each([
      ['an SSM parameter\'s Value (it can be changed outside the stack)', { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: '10.0.0.0/16' } }, 'Value', /value of an SSM parameter, which can be changed outside this stack/],
      ['a custom resource\'s attribute', { Type: 'Custom::Lookup', Properties: { ServiceToken: 'arn:aws:lambda:eu-north-1:111122223333:function:f' } }, 'Cidr', /custom resource \(Custom::Lookup\)/],
      ['an AWS::CloudFormation::CustomResource attribute', { Type: 'AWS::CloudFormation::CustomResource', Properties: { ServiceToken: 'x' } }, 'Arn', /custom resource/],
      ['a nested stack\'s output', { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://x' } }, 'Outputs.Cidr', /output of a nested stack/],
      ['a wait condition\'s data', { Type: 'AWS::CloudFormation::WaitCondition', Properties: {} }, 'Data', /wait condition/],
    ])('%s is unknown, with the reason, also inside Fn::Sub and Fn::Join', (_t, resource, attr, why) => {
      const [a, sub, join] = read({ O: resource }, [
        { 'Fn::GetAtt': ['O', attr] },
        { 'Fn::Sub': `arn:aws:iam::\${O.${attr}}:root` },
        { 'Fn::Join': ['', ['arn:aws:iam::', { 'Fn::GetAtt': ['O', attr] }, ':root']] },
      ])[0] as unknown[];
      expect((a as Unknown).reason).toMatch(why);
      expect(isUnknown(sub)).toBe(true);
      expect((join as Unknown).reason).toMatch(why);
    });

    test('Ref of an SSM parameter resource is its name: a reference, not its value', () => {
      expect(read({ O: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: '*' } } }, { Ref: 'O' })).toEqual([new Reference('O')]);
    });
  });

  test('Fn::Select picks from a resolved list', () => {
    const [p] = props(t({ R: { Type: 'X', Properties: { A: { 'Fn::Select': [1, ['a', 'b']] } } } }));
    expect(p.A).toBe('b');
  });

  test('an Fn::If inside a list element drops the element on its AWS::NoValue branch', () => {
    const vs = props(t({ R: { Type: 'X', Properties: { L: [1, { 'Fn::If': ['C', 2, { Ref: 'AWS::NoValue' }] }] } } }, { Conditions: { C: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'x'] } } }));
    expect(vs).toEqual([{ L: [1, 2] }, { L: [1] }]);
  });

  test('too many Fn::If combinations make the resource unknown rather than slow', () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 8; i++) many[`P${i}`] = { 'Fn::If': ['C', 1, 2] };
    const tt = t({ R: { Type: 'X', Properties: many } }, { Conditions: { C: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'x'] } } });
    expect(() => props(tt)).toThrow(/cannot be evaluated: more than 64 Fn::If combinations/);
  });

  test('references between resources are indexed both ways', () => {
    const tt = t({ B: { Type: 'AWS::S3::Bucket' }, P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'B' } } }, Q: { Type: 'X', Properties: { S: { 'Fn::Sub': '${B.Arn}' } } } });
    expect(tt.referrers('B').map((r) => r.logicalId).sort()).toEqual(['P', 'Q']);
    expect(tt.referrers('B', 'AWS::S3::BucketPolicy').map((r) => r.logicalId)).toEqual(['P']);
    expect([...tt.referencedBy('P')]).toEqual(['B']);
    expect(tt.target(new Reference('B'))?.logicalId).toBe('B');
    expect(tt.target('${B.Arn}')?.logicalId).toBe('B');
    expect(isReference(props(tt, 'P')[0].Bucket)).toBe(true);
  });
});

/*
 * Written for survivors of the mutation run (`npm run mutate`): every way a value can
 * nest counts towards the nesting limit (a template that refers to itself must end in
 * an Unknown, not a stack overflow), conditions are decided only when the template
 * decides them, and a key that cannot be resolved never matches an entry by accident.
 */
describe('limits and self-reference: evaluation always ends, in an Unknown that says why', () => {
  const sections = {
    Parameters: { Free: { Type: 'String' }, One: { Type: 'String', AllowedValues: ['only'] } },
    Conditions: { Yes: { 'Fn::Equals': ['a', 'a'] }, No: { 'Fn::Equals': ['a', 'b'] }, Unset: { 'Fn::Equals': [{ Ref: 'Free' }, 'x'] } },
    Mappings: { M: { eu: { K: 'K' } }, Loop: { a: { b: { 'Fn::FindInMap': ['Loop', 'a', 'b'] } } } },
  };
  const tpl = (resources: object = {}) => TemplateModel.fromObject({ ...sections, Resources: { R: { Type: 'X' }, ...resources } });
  const hasUnknown = (x: unknown): boolean => x instanceof Unknown || (Array.isArray(x) ? x.some(hasUnknown) : !!x && typeof x === 'object' && Object.values(x).some(hasUnknown));
  const nest = (wrap: (x: unknown) => unknown, inner: unknown, times = 60) => {
    let v = inner;
    for (let i = 0; i < times; i++) v = wrap(v);
    return v;
  };

  test.each([
    ['objects', (x: unknown) => ({ A: x }), 'x'],
    ['Fn::If (the branch taken when true)', (x: unknown) => ({ 'Fn::If': ['Yes', x, 'b'] }), 'x'],
    ['Fn::If (the branch taken when false)', (x: unknown) => ({ 'Fn::If': ['No', 'a', x] }), 'x'],
    ['Fn::Join separators', (x: unknown) => ({ 'Fn::Join': [x, ['a']] }), ','],
    ['Fn::Join lists', (x: unknown) => ({ 'Fn::Join': [',', [x]] }), 'a'],
    ['Fn::Select indexes', (x: unknown) => ({ 'Fn::Select': [x, [0]] }), 0],
    ['Fn::Select lists', (x: unknown) => ({ 'Fn::Select': [0, [x]] }), 'a'],
    ['Fn::FindInMap keys', (x: unknown) => ({ 'Fn::FindInMap': ['M', 'eu', x] }), 'K'],
    ['Fn::Sub variables', (x: unknown) => ({ 'Fn::Sub': ['${A}', { A: x }] }), 'a'],
  ])('nesting through %s counts towards the limit', (_t, wrap, inner) => {
    const [v] = tpl().resolve(nest(wrap, inner));
    expect(hasUnknown(v.value)).toBe(true);
    expect(v.branches).toEqual([]);
  });

  test('a mapping entry or an echoed attribute that refers to itself is unknown, not endless', () => {
    expect(hasUnknown(tpl().resolve({ 'Fn::FindInMap': ['Loop', 'a', 'b'] })[0].value)).toBe(true);
    const vpc = { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: { 'Fn::GetAtt': ['Vpc', 'CidrBlock'] } } } };
    expect(hasUnknown(tpl(vpc).resolve({ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] })[0].value)).toBe(true);
    expect(hasUnknown(tpl(vpc).resolve({ 'Fn::Sub': '${Vpc.CidrBlock}' })[0].value)).toBe(true);
  });

  test('exactly 50 levels are still evaluated', () => {
    expect(hasUnknown(tpl().resolve(nest((x) => ({ A: x }), 'x', 50))[0].value)).toBe(false);
  });

  test('up to 64 renderings are each judged; beyond, one Unknown without branches', () => {
    const props = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`P${i}`, { 'Fn::If': ['Unset', 1, 2] }]));
    expect(tpl().resolve(props(6))).toHaveLength(64);
    const [too] = tpl().resolve(props(7));
    expect(too).toEqual({ value: new Unknown('more than 64 Fn::If combinations'), branches: [] });
  });

  test('an unused DefaultValue does not split the value into renderings', () => {
    expect(tpl().resolve({ 'Fn::FindInMap': ['M', 'eu', 'K', { DefaultValue: { 'Fn::If': ['Unset', 'x', 'y'] } }] })).toEqual([{ value: 'K', branches: [] }]);
  });

  test('a mapping key that cannot be resolved never matches an entry named "undefined"', () => {
    const odd = TemplateModel.fromObject({
      ...sections,
      Mappings: { undefined: { eu: { K: 'wrong' } }, M: { undefined: { K: 'wrong' }, eu: { K: 'v', undefined: 'wrong' } } },
      Resources: {},
    });
    const values = (raw: unknown) => odd.resolve(raw).map((v) => (v.value instanceof Unknown ? 'unknown' : v.value));
    expect(values({ 'Fn::FindInMap': [{ Ref: 'Free' }, 'eu', 'K'] })).toEqual(['unknown']);
    expect(values({ 'Fn::FindInMap': ['M', { Ref: 'Free' }, 'K'] })).toEqual(['wrong', 'v']);
    expect(values({ 'Fn::FindInMap': ['M', 'eu', { Ref: 'Free' }] })).toEqual(['unknown']);
  });

  test('a malformed Fn::Join under a choice keeps the branch; its raw value is kept', () => {
    expect(tpl().resolve({ 'Fn::Join': [{ 'Fn::If': ['Unset', ',', ';'] }, 'not a list'] }).map((v) => v.branches)).toEqual([['Unset is true'], ['Unset is false']]);
    expect((tpl().resolve({ 'Fn::Join': [',', [{ A: 1 }]] })[0].value as Unknown).raw).toEqual({ 'Fn::Join': [',', [{ A: 1 }]] });
    expect((tpl().resolve({ 'Fn::FindInMap': ['M', 'eu', 'K', 'd'] })[0].value as Unknown).raw).toEqual({ 'Fn::FindInMap': ['M', 'eu', 'K', 'd'] });
  });

  test('a value from a parameter with one allowed value names it, also inside an object', () => {
    expect(tpl().resolve({ A: { Ref: 'One' }, B: 1 })).toEqual([{ value: { A: 'only', B: 1 }, branches: ['parameter One is "only"'] }]);
  });
});

describe('intrinsics: values the model reads, and values it must not invent', () => {
  const t = TemplateModel.fromObject({
    Parameters: { Free: { Type: 'String' } },
    Resources: {
      Custom: { Type: 'Custom::Thing' },
      Child: { Type: 'AWS::CloudFormation::Stack' },
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    },
  });
  const one = (raw: unknown) => t.resolve(raw)[0].value;

  test('Fn::Sub of a custom resource\'s Ref is its id; of an attribute of a resource not in the template, unknown', () => {
    expect(one({ 'Fn::Sub': 'id-${Custom}' })).toBe('id-${Custom}');
    expect((one({ 'Fn::Sub': '${Nope.Arn}' }) as Unknown).reason).toBe("Ref to 'Nope.Arn', which is neither a parameter nor a resource of this template");
  });

  test('Fn::Sub renders numbers and booleans', () => {
    expect(one({ 'Fn::Sub': ['${A}:${B}', { A: 443, B: true }] })).toBe('443:true');
  });

  test('attributes named Value, Data or Outputs.* are unknown only on the types that set them outside the template', () => {
    expect(one({ 'Fn::GetAtt': ['Vpc', 'Value'] })).toEqual(new Reference('Vpc', 'Value'));
    expect(one({ 'Fn::GetAtt': ['Vpc', 'Data'] })).toEqual(new Reference('Vpc', 'Data'));
    expect(one({ 'Fn::GetAtt': ['Vpc', 'Outputs.Cidr'] })).toEqual(new Reference('Vpc', 'Outputs.Cidr'));
    expect(one({ 'Fn::GetAtt': ['Child'] })).toEqual(new Reference('Child'));
    expect(one({ 'Fn::GetAtt': ['Custom'] })).toEqual(new Reference('Custom'));
  });

  test('Fn::GetAZs is a list of one availability zone only known at deploy time', () => {
    expect((one({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }) as Unknown).reason).toBe('the availability zones of the region');
  });
});

describe('conditions: decided only when the template decides them', () => {
  const decide = (conditions: Record<string, unknown>, name = 'C') => TemplateModel.fromObject({
    Parameters: { Free: { Type: 'String' } },
    Conditions: { Yes: { 'Fn::Equals': ['a', 'a'] }, No: { 'Fn::Equals': ['a', 'b'] }, Unset: { 'Fn::Equals': [{ Ref: 'Free' }, 'x'] }, ...conditions },
    Resources: {},
  }).condition(name, 0);
  const ref = (c: string) => ({ Condition: c });

  test.each([
    [{ 'Fn::Not': [ref('Yes')] }, false],
    [{ 'Fn::Not': [ref('No')] }, true],
    [{ 'Fn::Not': [ref('Unset')] }, undefined],
    [{ 'Fn::And': [ref('Yes'), ref('Yes')] }, true],
    [{ 'Fn::And': [ref('Yes'), ref('No')] }, false],
    [{ 'Fn::And': [ref('Unset'), ref('No')] }, false],
    [{ 'Fn::And': [ref('Yes'), ref('Unset')] }, undefined],
    [{ 'Fn::Or': [ref('No'), ref('Yes')] }, true],
    [{ 'Fn::Or': [ref('Unset'), ref('Yes')] }, true],
    [{ 'Fn::Or': [ref('No'), ref('No')] }, false],
    [{ 'Fn::Or': [ref('No'), ref('Unset')] }, undefined],
    [{ 'Fn::And': [true, ref('Yes')] }, true],
    [{ 'Fn::Or': [false, 'yes'] }, undefined],
    [{ 'Fn::Equals': [443, '443'] }, true],
    [{ 'Fn::Equals': [true, 'true'] }, true],
    [{ 'Fn::Equals': ['a', { Ref: 'Free' }] }, undefined],
    [{ 'Fn::Not': 'Yes' }, undefined],
    [{ Condition: ['Yes'] }, undefined],
    [{ 'Fn::Xor': [ref('Yes')] }, undefined],
  ])('%j is %s', (c, expected) => {
    expect(decide({ C: c })).toBe(expected);
  });

  test('a condition that refers to itself is undecided', () => {
    expect(decide({ C: { 'Fn::Not': [ref('C')] } })).toBeUndefined();
  });

  test('a chain of 21 conditions is decided; a longer one is left to deploy time', () => {
    const chain = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`C${i}`, i === n - 1 ? ref('Yes') : ref(`C${i + 1}`)]));
    expect(decide(chain(20), 'C0')).toBe(true);
    expect(decide(chain(40), 'C0')).toBeUndefined();
    let not: unknown = ref('Yes');
    for (let i = 0; i < 30; i++) not = { 'Fn::Not': [not] };
    expect(decide({ C: not })).toBeUndefined();
  });
});

describe('resources and the reference index', () => {
  test('Template.parse keeps the source; ofType lists resources of the types asked, in order', () => {
    const t = TemplateModel.parse('{"Resources": {"A": {"Type": "T1"}, "B": {"Type": "T2"}, "C": {"Type": "T1"}}}', 'stack.json');
    expect(t.source).toBe('stack.json');
    expect(t.ofType('T1').map((r) => r.logicalId)).toEqual(['A', 'C']);
    expect(t.ofType('T2', 'T1').map((r) => r.logicalId)).toEqual(['B', 'A', 'C']);
    expect(t.ofType('T3')).toEqual([]);
  });

  test('the CDK construct path is read from metadata when it is a string', () => {
    const t = TemplateModel.fromObject({ Resources: {
      A: { Type: 'X', Metadata: { 'aws:cdk:path': 'Stack/Bucket/Resource' } },
      B: { Type: 'X', Metadata: { 'aws:cdk:path': 5 } },
      C: { Type: 'X' },
    } });
    expect(['A', 'B', 'C'].map((id) => t.resource(id)!.constructPath)).toEqual(['Stack/Bucket/Resource', undefined, undefined]);
  });

  test('references: Fn::Sub without an attribute, Fn::Sub variables, dotted Fn::GetAtt; malformed ones are skipped', () => {
    const t = TemplateModel.fromObject({ Resources: {
      Vpc: { Type: 'AWS::EC2::VPC' },
      Key: { Type: 'AWS::KMS::Key' },
      Bucket: { Type: 'AWS::S3::Bucket' },
      User: { Type: 'X', Properties: {
        A: { 'Fn::Sub': 'vpc ${Vpc}' },
        B: { 'Fn::Sub': ['${K}', { K: { Ref: 'Key' } }] },
        C: { 'Fn::GetAtt': 'Bucket.Arn' },
        D: { 'Fn::Sub': 5 },
      } },
    } });
    expect([...t.referencedBy('User')].sort()).toEqual(['Bucket', 'Key', 'Vpc']);
  });

  test('target() does not read a list as a reference', () => {
    const t = TemplateModel.fromObject({ Resources: { Vpc: { Type: 'AWS::EC2::VPC' } } });
    expect(t.target(['${Vpc}'])).toBeUndefined();
  });

  test('conditionalCreation: always created, created under a decided or undecided condition, or a Condition that is not a name', () => {
    const t = TemplateModel.fromObject({
      Parameters: { Free: { Type: 'String' } },
      Conditions: { Yes: { 'Fn::Equals': ['a', 'a'] }, Unset: { 'Fn::Equals': [{ Ref: 'Free' }, 'x'] } },
      Resources: {
        Always: { Type: 'X' },
        Decided: { Type: 'X', Condition: 'Yes' },
        Maybe: { Type: 'X', Condition: 'Unset' },
        Odd: { Type: 'X', Condition: { 'Fn::Equals': ['a', 'a'] } },
      },
    });
    expect(['Always', 'Decided', 'Maybe', 'Odd'].map((id) => conditionalCreation(t.resource(id)!))).toEqual([
      undefined, undefined, 'it is only created when condition Unset is true', 'its Condition {"Fn::Equals":["a","a"]} cannot be evaluated',
    ]);
  });
});
