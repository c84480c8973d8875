import { parseTemplateText, TemplateParseError } from '../../lib/template/load';
import { TemplateModel } from '../../lib/template/template';
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
