/**
 * Unknown values carry where they come from as data (`kind`, and the template parameter they
 * are), set where the model creates them; code reads that instead of parsing the reason, whose
 * text stays what messages have always said.
 */
import { TemplateModel } from '../../lib/template/template';
import { get, Unknown, type UnknownKind } from '../../lib/template/values';

const template = TemplateModel.fromObject({
  Parameters: {
    Free: { Type: 'String', Default: 'x' },
    Ssm: { Type: 'AWS::SSM::Parameter::Value<String>' },
    List: { Type: 'List<String>' },
    Csv: { Type: 'CommaDelimitedList' },
  },
  Resources: {
    Param: { Type: 'AWS::SSM::Parameter' },
    Child: { Type: 'AWS::CloudFormation::Stack' },
    Wait: { Type: 'AWS::CloudFormation::WaitCondition' },
    Custom: { Type: 'Custom::Thing' },
    Vpc: { Type: 'AWS::EC2::VPC' },
  },
});

/** The single rendering of a raw value, which must be an Unknown. */
function unknownOf(raw: unknown): Unknown {
  const [v] = template.resolve(raw);
  if (!(v.value instanceof Unknown)) throw new Error(`not unknown: ${JSON.stringify(v.value)}`);
  return v.value;
}

const view = (u: Unknown) => ({ kind: u.kind, parameter: u.parameter, reason: u.reason });

describe('the kind of each unknown the model creates', () => {
  const cases: Array<[string, unknown, UnknownKind, string | undefined, string]> = [
    ['a parameter without AllowedValues', { Ref: 'Free' }, 'parameter', 'Free',
      'parameter \'Free\' can be set to any value at deploy time (default "x", no AllowedValues)'],
    ['a List<...> parameter', { Ref: 'List' }, 'parameter', 'List', 'parameter \'List\' (List<String>) is only known at deploy time'],
    ['a CommaDelimitedList parameter', { Ref: 'Csv' }, 'parameter', 'Csv', 'parameter \'Csv\' (CommaDelimitedList) is only known at deploy time'],
    ['an SSM-typed parameter', { Ref: 'Ssm' }, 'ssm', 'Ssm', 'parameter \'Ssm\' (AWS::SSM::Parameter::Value<String>) is only known at deploy time'],
    ['the Value of an AWS::SSM::Parameter', { 'Fn::GetAtt': ['Param', 'Value'] }, 'ssm', undefined,
      'Param.Value, the value of an SSM parameter, which can be changed outside this stack'],
    ['Fn::ImportValue', { 'Fn::ImportValue': 'Shared-Key' }, 'import', undefined, 'imported from another stack with Fn::ImportValue'],
    ['an output of a nested stack', { 'Fn::GetAtt': ['Child', 'Outputs.Key'] }, 'import', undefined,
      'Child.Outputs.Key, an output of a nested stack, not visible in this template'],
    ['Fn::GetAZs', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, 'pseudo', undefined, 'the availability zones of the region'],
    ['a custom resource attribute', { 'Fn::GetAtt': ['Custom', 'Arn'] }, 'unresolved', undefined,
      'Custom.Arn, an attribute of custom resource (Custom::Thing), whatever its provider returns at deploy time'],
    ['wait condition data', { 'Fn::GetAtt': ['Wait', 'Data'] }, 'unresolved', undefined, 'Wait.Data, the data signalled to a wait condition at deploy time'],
    ['a Ref to nothing in the template', { Ref: 'Nowhere' }, 'unresolved', undefined,
      'Ref to \'Nowhere\', which is neither a parameter nor a resource of this template'],
    ['an intrinsic the model does not evaluate', { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }, 'unresolved', undefined, 'Fn::Cidr, which this model does not evaluate'],
    ['a malformed Fn::Select', { 'Fn::Select': [9, ['a']] }, 'unresolved', undefined, 'an Fn::Select that cannot be resolved'],
  ];
  test.each(cases)('%s', (_what, raw, kind, parameter, reason) => {
    expect(view(unknownOf(raw))).toEqual({ kind, parameter, reason });
  });

  test('a path through a value that is not an object is unresolved', () => {
    const u = get({ A: 'text' }, 'A.B');
    expect(u instanceof Unknown && view(u)).toEqual({ kind: 'unresolved', parameter: undefined, reason: 'A is "text", not an object, so B cannot be read' });
  });

  test('an Unknown made without a kind is unresolved', () => {
    expect(new Unknown('why').kind).toBe('unresolved');
  });
});

describe('code reads the kind, not the reason', () => {
  test('Fn::Sub renders a parameter, SSM-typed or not, as its placeholder', () => {
    expect(template.resolve({ 'Fn::Sub': 'arn:aws:s3:::${Free}/${Ssm}' })[0].value).toBe('arn:aws:s3:::${Free}/${Ssm}');
  });

  test('Fn::Sub stays unknown, with the import kind, when a variable is imported', () => {
    const u = unknownOf({ 'Fn::Sub': ['arn:aws:s3:::${B}', { B: { 'Fn::ImportValue': 'Shared-Bucket' } }] });
    expect(u.kind).toBe('import');
  });

  test('Fn::Join renders a parameter part as the placeholder of that parameter', () => {
    expect(template.resolve({ 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'Free' }, '/*']] })[0].value).toBe('arn:aws:s3:::${Free}/*');
  });

  test('an Unknown whose reason merely reads like a parameter stays unknown in Fn::Join and Fn::Sub', () => {
    const lookalike = new Unknown('parameter \'Free\' can be set to any value at deploy time');
    expect(template.resolve({ 'Fn::Join': ['', ['a', lookalike]] })[0].value).toBe(lookalike);
    expect(template.resolve({ 'Fn::Sub': ['a${B}', { B: lookalike }] })[0].value).toBe(lookalike);
  });
});
