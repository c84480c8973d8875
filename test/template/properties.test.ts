/**
 * Property-based tests (fast-check): CIDR arithmetic against a reference written
 * another way (octets, not bits), and value resolution against plain string
 * operations. fast-check shrinks a failure to its smallest counter-example.
 */
import fc from 'fast-check';
import { isPrivateCidr, parseCidr } from '../../lib/template/cidr';
import { TemplateModel } from '../../lib/template/template';
import { get, isUnknown, str, Unknown } from '../../lib/template/values';

const octets = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
const text = (o: number[]) => o.join('.');
const toInt = (o: number[]) => ((o[0] * 256 + o[1]) * 256 + o[2]) * 256 + o[3];
const fromInt = (n: number) => [Math.floor(n / 2 ** 24) % 256, Math.floor(n / 2 ** 16) % 256, Math.floor(n / 2 ** 8) % 256, n % 256];

/** The private block an address is in, read from its octets; `undefined` for a public address. */
function privateBlock([a, b]: number[]): string | undefined {
  if (a === 10) return '10/8';
  if (a === 172 && b >= 16 && b <= 31) return '172.16/12';
  if (a === 192 && b === 168) return '192.168/16';
  if (a === 100 && b >= 64 && b <= 127) return '100.64/10';
  if (a === 127) return '127/8';
  return undefined;
}

/** Octets biased towards the private blocks, so both verdicts are exercised. */
const nearPrivate = fc.oneof(
  octets,
  fc.tuple(fc.constantFrom(10, 100, 127, 172, 192), fc.nat(255), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(172), fc.integer({ min: 14, max: 33 }), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(192), fc.integer({ min: 166, max: 170 }), fc.nat(255), fc.nat(255)),
  fc.tuple(fc.constant(100), fc.integer({ min: 62, max: 129 }), fc.nat(255), fc.nat(255)),
);

describe('CIDR arithmetic (property-based)', () => {
  test('a prefix covers exactly the 2^(32-n) addresses that share its first n bits', () => {
    fc.assert(fc.property(octets, fc.integer({ min: 0, max: 32 }), (o, n) => {
      const r = parseCidr(`${text(o)}/${n}`)!;
      const size = 2 ** (32 - n);
      const start = toInt(o) - (toInt(o) % size);
      expect(r.family).toBe(4);
      expect(Number(r.start)).toBe(start);
      expect(Number(r.end)).toBe(start + size - 1);
    }));
  });

  test('a bare address is a /32, and a longer prefix of it lies inside the shorter one', () => {
    fc.assert(fc.property(octets, fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 32 }), (o, a, b) => {
      const host = parseCidr(text(o))!;
      expect(host.start).toBe(host.end);
      expect(Number(host.start)).toBe(toInt(o));
      const [short, long] = [parseCidr(`${text(o)}/${Math.min(a, b)}`)!, parseCidr(`${text(o)}/${Math.max(a, b)}`)!];
      expect(short.start <= long.start && long.end <= short.end).toBe(true);
    }));
  });

  test('a single address is private exactly when its octets say so', () => {
    fc.assert(fc.property(nearPrivate, (o) => {
      expect(isPrivateCidr(text(o))).toBe(privateBlock(o) !== undefined);
      expect(isPrivateCidr(`${text(o)}/32`)).toBe(privateBlock(o) !== undefined);
    }));
  });

  test('a range is private exactly when its first and last address are in the same private block', () => {
    fc.assert(fc.property(nearPrivate, fc.integer({ min: 0, max: 32 }), (o, n) => {
      const size = 2 ** (32 - n);
      const first = fromInt(toInt(o) - (toInt(o) % size));
      const last = fromInt(toInt(o) - (toInt(o) % size) + size - 1);
      const expected = privateBlock(first) !== undefined && privateBlock(first) === privateBlock(last);
      expect(isPrivateCidr(`${text(o)}/${n}`)).toBe(expected);
    }));
  });

  test('malformed text is never a range: an octet over 255, a prefix over 32, a fifth octet', () => {
    fc.assert(fc.property(octets, fc.integer({ min: 256, max: 999 }), fc.integer({ min: 33, max: 999 }), (o, big, len) => {
      expect(parseCidr(text([big, o[1], o[2], o[3]]))).toBeUndefined();
      expect(parseCidr(`${text(o)}/${len}`)).toBeUndefined();
      expect(isPrivateCidr(`${text(o)}.1`)).toBeUndefined();
    }));
  });
});

/** Text with no placeholder syntax, so Fn::Sub leaves it as it is. */
const plain = fc.string({ maxLength: 12 }).filter((s) => !/[$]/.test(s));
const resolveOne = (raw: unknown, extra: Record<string, unknown> = {}) => {
  const t = TemplateModel.fromObject({ ...extra, Resources: { R: { Type: 'X', Properties: { V: raw } } } });
  const variants = t.resource('R')!.variants();
  expect(variants).toHaveLength(1);
  return get(variants[0].value, 'V');
};

describe('value resolution (property-based)', () => {
  test('Fn::Join of known parts is the parts joined', () => {
    fc.assert(fc.property(plain, fc.array(fc.oneof(plain, fc.integer(), fc.boolean()), { maxLength: 6 }), (sep, parts) => {
      expect(resolveOne({ 'Fn::Join': [sep, parts] })).toBe(parts.map(String).join(sep));
    }));
  });

  test('Fn::Sub of known variables is the text with each placeholder replaced', () => {
    fc.assert(fc.property(fc.array(fc.tuple(plain, plain), { minLength: 1, maxLength: 5 }), plain, (pairs, tail) => {
      const vars = Object.fromEntries(pairs.map(([, v], i) => [`V${i}`, v]));
      const textWithPlaceholders = pairs.map(([lead], i) => `${lead}\${V${i}}`).join('') + tail;
      const expected = pairs.map(([lead, v]) => `${lead}${v}`).join('') + tail;
      expect(resolveOne({ 'Fn::Sub': [textWithPlaceholders, vars] })).toBe(expected);
      expect(str(expected)).toBe(expected);
    }));
  });

  test('a part that cannot be known keeps Fn::Join, Fn::Sub and Fn::Select unknown', () => {
    const opaque = fc.constantFrom<unknown>({ 'Fn::ImportValue': 'Shared' }, { 'Fn::GetAtt': ['Nope', 'Arn'] }, { 'Fn::Base64': 'x' }, { Ref: 'Missing' });
    fc.assert(fc.property(fc.array(plain, { maxLength: 4 }), fc.nat(4), opaque, plain, (parts, at, u, sep) => {
      const withUnknown = [...parts.slice(0, at), u, ...parts.slice(at)];
      expect(isUnknown(resolveOne({ 'Fn::Join': [sep, withUnknown] }))).toBe(true);
      expect(isUnknown(resolveOne({ 'Fn::Sub': [`${sep}\${X}`, { X: u }] }))).toBe(true);
      expect(isUnknown(resolveOne({ 'Fn::Select': [0, [u]] }))).toBe(true);
    }));
  });

  test('a parameter rendered into text leaves a placeholder, which is never a plain string', () => {
    fc.assert(fc.property(plain, plain, (lead, tail) => {
      const v = resolveOne({ 'Fn::Sub': `${lead}\${P}${tail}` }, { Parameters: { P: { Type: 'String', Default: 'aws/sqs' } } });
      expect(v).toBe(`${lead}\${P}${tail}`);
      expect(str(v)).toBeUndefined();
    }));
  });

  test('an Unknown anywhere on a property path reads as unknown, never absent', () => {
    const key = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(fc.property(fc.array(key, { minLength: 1, maxLength: 5 }), fc.nat(5), (keys, cut) => {
      const at = Math.min(cut, keys.length - 1);
      const u = new Unknown('imported');
      let value: unknown = u;
      for (const k of keys.slice(0, at).reverse()) value = { [k]: value };
      expect(get(value, keys.join('.'))).toBe(u);
    }));
  });
});
