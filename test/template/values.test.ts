import { TemplateModel } from '../../lib/template/template';
import { asArray, bool, describe as render, get, hasOwn, isObject, isUnknown, num, own, record, Reference, str, Unknown } from '../../lib/template/values';

const props = (t: TemplateModel, id = 'R') => t.resource(id)!.variants().map((v) => v.value);

describe('get: reading a property path', () => {
  test('reads a nested value, and absent when a step is absent', () => {
    expect(get({ A: { B: { C: 1 } } }, 'A.B.C')).toBe(1);
    expect(get({ A: { B: {} } }, 'A.B.C')).toBeUndefined();
    expect(get({}, 'A.B.C')).toBeUndefined();
    expect(get(undefined, 'A')).toBeUndefined();
    expect(get({ A: 1 }, '')).toEqual({ A: 1 });
  });

  test('an Unknown on the way is returned as it is', () => {
    const u = new Unknown('imported from another stack with Fn::ImportValue');
    expect(get({ EncryptionInfo: u }, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId')).toBe(u);
  });

  test.each([
    ['a reference to another resource', new Reference('Handle', 'Data'), 'EncryptionInfo is ${Handle.Data}, not an object, so EncryptionAtRest.DataVolumeKMSKeyId cannot be read'],
    ['a string (e.g. a parameter rendered by Fn::Sub)', '${Enc}', 'EncryptionInfo is "${Enc}", not an object, so EncryptionAtRest.DataVolumeKMSKeyId cannot be read'],
    ['a list', [1], 'EncryptionInfo is [1], not an object, so EncryptionAtRest.DataVolumeKMSKeyId cannot be read'],
    ['null', null, 'EncryptionInfo is null, not an object, so EncryptionAtRest.DataVolumeKMSKeyId cannot be read'],
  ])('a step that is %s is unknown, never absent', (_what, value, reason) => {
    const v = get({ EncryptionInfo: value }, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId');
    expect(isUnknown(v)).toBe(true);
    expect((v as Unknown).reason).toBe(reason);
    expect((v as Unknown).raw).toBe(value);
  });

  test('a value that is not an object at the top names the value', () => {
    expect((get('x', 'A.B') as Unknown).reason).toBe('the value is "x", not an object, so A.B cannot be read');
    expect((get({ A: { B: 'x' } }, 'A.B.C.D') as Unknown).reason).toBe('A.B is "x", not an object, so C.D cannot be read');
  });

  test('the last step may be any value: only steps on the way must be objects', () => {
    expect(get({ A: { B: null } }, 'A.B')).toBeNull();
    expect(get({ A: { B: 'x' } }, 'A.B')).toBe('x');
  });

  test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('a key named %s reads only an own property', (key) => {
    expect(get({}, key)).toBeUndefined();
    expect(get({ A: {} }, `A.${key}`)).toBeUndefined();
    const withKey = JSON.parse(`{"${key}": {"Encrypted": true}}`);
    expect(get(withKey, `${key}.Encrypted`)).toBe(true);
  });
});

describe('own, hasOwn and record: keys from templates', () => {
  test('own reads own properties only, and nothing from a non-object', () => {
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own({}, 'toString')).toBeUndefined();
    expect(own({}, '__proto__')).toBeUndefined();
    expect(own('abc', 'length')).toBeUndefined();
    expect(own(undefined, 'a')).toBeUndefined();
  });

  test('hasOwn is false for prototype members', () => {
    expect(hasOwn({}, 'constructor')).toBe(false);
    expect(hasOwn({ constructor: 1 }, 'constructor')).toBe(true);
  });

  test('record has no prototype: __proto__ is an ordinary key', () => {
    const r = record();
    expect(Object.getPrototypeOf(r)).toBeNull();
    r.__proto__ = { Encrypted: true };
    expect(Object.keys(r)).toEqual(['__proto__']);
    expect(r.Encrypted).toBeUndefined();
    expect('toString' in r).toBe(false);
  });
});

describe('str, bool, num: reading scalars', () => {
  test.each(['alias/${KeyAlias}', '${AWS::Region}', 'arn:aws:kms:${AWS::Region}:1:key/${Key}'])('a string with a placeholder (%s) is not a plain string', (s) => {
    expect(str(s)).toBeUndefined();
  });

  test('plain strings, numbers and booleans are strings; anything else is not', () => {
    expect(str('TLS')).toBe('TLS');
    expect(str('$ {x} and {y}')).toBe('$ {x} and {y}');
    expect(str('${}')).toBe('${}');
    expect(str(443)).toBe('443');
    expect(str(false)).toBe('false');
    expect(str(undefined)).toBeUndefined();
    expect(str(null)).toBeUndefined();
    expect(str(new Unknown('x'))).toBeUndefined();
    expect(str(new Reference('Key'))).toBeUndefined();
    expect(str({})).toBeUndefined();
  });

  test('bool accepts booleans and "true"/"false" in any case with spaces; nothing else', () => {
    expect(bool(true)).toBe(true);
    expect(bool(false)).toBe(false);
    expect(bool(' TRUE ')).toBe(true);
    expect(bool('False')).toBe(false);
    expect(bool('yes')).toBeUndefined();
    expect(bool(1)).toBeUndefined();
    expect(bool('${Enabled}')).toBeUndefined();
    expect(bool(new Unknown('x'))).toBeUndefined();
  });

  test('num accepts finite numbers and numeric strings; nothing else', () => {
    expect(num(7)).toBe(7);
    expect(num(' -1.5 ')).toBe(-1.5);
    expect(num('12')).toBe(12);
    expect(num('1.55')).toBe(1.55);
    expect(num(Infinity)).toBeUndefined();
    expect(num(NaN)).toBeUndefined();
    expect(num('1e3')).toBeUndefined();
    expect(num('1.')).toBeUndefined();
    expect(num('x1')).toBeUndefined();
    expect(num('1x')).toBeUndefined();
    expect(num(true)).toBeUndefined();
  });

  test('asArray: absent is empty, a single value is a list of one', () => {
    expect(asArray(undefined)).toStrictEqual([]);
    expect(asArray(null)).toStrictEqual([]);
    expect(asArray(['a'])).toEqual(['a']);
    const u = new Unknown('x');
    expect(asArray(u)).toEqual([u]);
  });

  test('isObject: plain and null-prototype objects, not lists, Unknowns or References', () => {
    expect(isObject({})).toBe(true);
    expect(isObject(record())).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject(new Unknown('x'))).toBe(false);
    expect(isObject(new Reference('A'))).toBe(false);
  });
});

describe('describe: values in messages', () => {
  test('absent, unknown, reference, string and objects', () => {
    expect(render(undefined)).toBe('absent');
    expect(render(new Unknown('why'))).toBe('unknown (why)');
    expect(render(new Reference('Key', 'Arn'))).toBe('${Key.Arn}');
    expect(render(new Reference('Key'))).toBe('${Key}');
    expect(render('a')).toBe('"a"');
    expect(render(7)).toBe('7');
    expect(render(true)).toBe('true');
    expect(render({ a: new Unknown('u'), b: new Reference('R') })).toBe('{"a":"<u>","b":"${R}"}');
    expect(render(() => 1)).toMatch(/^\(\) => 1$/);
  });

  test('long values are cut at 160 characters', () => {
    const s = render({ a: 'x'.repeat(200) });
    expect(s).toHaveLength(160);
    expect(s.endsWith('...')).toBe(true);
    expect(render({ a: 'x'.repeat(152) })).toBe(`{"a":"${'x'.repeat(152)}"}`);
  });
});

describe('prototype-named keys in templates', () => {
  test('a property named __proto__ is preserved as a property, and sets nothing on the rebuilt object', () => {
    const t = TemplateModel.fromObject(JSON.parse('{"Resources": {"R": {"Type": "AWS::EFS::FileSystem", "Properties": {"__proto__": {"Encrypted": true}}}}}'));
    const [p] = props(t);
    expect(Object.keys(p)).toEqual(['__proto__']);
    expect(get(p, 'Encrypted')).toBeUndefined();
    expect(p.Encrypted).toBeUndefined();
    expect(get(p, '__proto__.Encrypted')).toBe(true);
  });

  test('logical ids, parameter names, condition names and mapping keys named after Object.prototype members', () => {
    const t = TemplateModel.fromObject({
      Parameters: { constructor: { Type: 'String', AllowedValues: ['TLS'] } },
      Conditions: { hasOwnProperty: { 'Fn::Equals': ['a', 'a'] } },
      Mappings: { toString: { valueOf: { Mode: 'TLS' } } },
      Resources: {
        isPrototypeOf: { Type: 'AWS::SQS::Queue' },
        R: {
          Type: 'AWS::MSK::Cluster',
          Properties: {
            A: { Ref: 'constructor' },
            B: { 'Fn::If': ['hasOwnProperty', 'yes', 'no'] },
            C: { 'Fn::FindInMap': ['toString', 'valueOf', 'Mode'] },
            D: { Ref: 'isPrototypeOf' },
            E: { Ref: 'toString' },
            F: { 'Fn::FindInMap': ['toString', 'constructor', 'Mode'] },
            G: { 'Fn::FindInMap': ['toString', 'valueOf', 'constructor'] },
            H: { 'Fn::FindInMap': ['constructor', 'valueOf', 'Mode'] },
            I: { 'Fn::Sub': ['${toString}', {}] },
            J: { 'Fn::If': ['valueOf', 'yes', 'no'] },
            K: { 'Fn::GetAtt': ['isPrototypeOf', 'constructor'] },
          },
        },
      },
    });
    const [p] = props(t);
    expect(p.A).toBe('TLS');
    expect(p.B).toBe('yes');
    expect(p.C).toBe('TLS');
    expect(p.D).toEqual(new Reference('isPrototypeOf'));
    // `toString` is neither a pseudo parameter nor a parameter nor a resource.
    expect((p.E as Unknown).reason).toBe("Ref to 'toString', which is neither a parameter nor a resource of this template");
    // A second key with no entry is judged as any entry of the map (never Object.prototype.constructor).
    expect(p.F).toBe('TLS');
    for (const k of ['G', 'H']) expect(isUnknown(p[k])).toBe(true);
    expect(isUnknown(p.I)).toBe(true);
    // An undefined condition named valueOf is not decided: both branches.
    expect(props(t).length).toBe(2);
    expect(p.K).toEqual(new Reference('isPrototypeOf', 'constructor'));
    expect(t.parameter('toString')).toBeUndefined();
    expect(t.parameter('__proto__')).toBeUndefined();
    expect(t.condition('toString', 0)).toBeUndefined();
    expect(t.condition('hasOwnProperty', 0)).toBe(true);
  });
});
