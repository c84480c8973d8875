/**
 * Edges of the loader and of CIDR parsing that the mutation run (`npm run mutate`)
 * showed no test would notice if they changed.
 */
import { asTemplate, parseTemplateText, TemplateParseError } from '../../lib/template/load';
import { isPrivateCidr, parseCidr } from '../../lib/template/cidr';

describe('loading: what is not a template', () => {
  test.each([
    ['an empty file', '', "<input>: the file is empty"],
    ['a byte-order mark and spaces only', '\uFEFF  \n', "<input>: the file is empty"],
    ['broken JSON', '{"Resources": ', /^<input>: not valid JSON: /],
    ['broken YAML', 'Resources: [a', /^<input>: not valid YAML: /],
    ['an unknown YAML tag', 'Resources:\n  R:\n    Type: X\n    Properties:\n      A: !Foo x\n', /^<input>: not a CloudFormation template: .*\(CloudFormation knows only its intrinsic function tags\)$/],
    ['a list', '[1]', "<input>: not a CloudFormation template (the document is not an object)"],
    ['a scalar', 'just text', "<input>: not a CloudFormation template (the document is not an object)"],
    ['no Resources', 'A: 1', "<input>: not a CloudFormation template (no 'Resources' section)"],
    ['Resources as a list', 'Resources: [a]', "<input>: not a CloudFormation template (no 'Resources' section)"],
    ['Resources as a string', 'Resources: x', "<input>: not a CloudFormation template (no 'Resources' section)"],
    ['a resource without Type', 'Resources:\n  R: {}', "<input>: resource 'R' has no 'Type'"],
    ['a resource that is a string', 'Resources:\n  R: x', "<input>: resource 'R' has no 'Type'"],
    ['a resource that is null', 'Resources:\n  R:', "<input>: resource 'R' has no 'Type'"],
    ['Properties as a string', 'Resources:\n  R:\n    Type: X\n    Properties: x', `<input>: resource 'R' has 'Properties' that are not an object (found: "x"), so it cannot be judged`],
    ['Properties as a list', 'Resources:\n  R:\n    Type: X\n    Properties: [1]', "<input>: resource 'R' has 'Properties' that are not an object (found: [1]), so it cannot be judged"],
  ])('%s is refused with the reason', (_what, text, message) => {
    expect(() => parseTemplateText(text)).toThrow(message);
    try {
      parseTemplateText(text);
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateParseError);
      expect((e as Error).name).toBe('TemplateParseError');
    }
  });

  test('the source is named in the message', () => {
    expect(() => parseTemplateText('', 'a.yaml')).toThrow('a.yaml: the file is empty');
    expect(() => asTemplate(null, 'b.json')).toThrow('b.json: not a CloudFormation template (the document is not an object)');
    expect(() => asTemplate(null)).toThrow('<input>: not a CloudFormation template (the document is not an object)');
  });

  test('a byte-order mark before JSON, empty YAML Properties and duplicate keys are read', () => {
    expect(parseTemplateText('\uFEFF{"Resources": {}}')).toEqual({ Resources: {} });
    expect(parseTemplateText('Resources:\n  R:\n    Type: X\n    Properties:\n')).toEqual({ Resources: { R: { Type: 'X', Properties: null } } });
    // YAML 1.1: `on` is true, as CloudFormation reads it.
    expect(parseTemplateText('Resources:\n  R:\n    Type: X\n    Properties:\n      A: on\n      A: off\n')).toEqual({ Resources: { R: { Type: 'X', Properties: { A: false } } } });
  });
});

describe('CIDR parsing: IPv6 and malformed text', () => {
  test.each([
    ['::/0', false],
    ['::1', true],
    ['::1/128', true],
    ['fd00::/8', true],
    ['fc00::/7', true],
    ['fe00::/7', false],
    ['2001:db8::/32', false],
    ['::ffff:10.0.0.1', false],
    ['fd00:0:0:0:0:0:0:1', true],
    ['FD00::1', true],
    ['fd00::1.2.3.4', true],
    ['10.0.0.0/8', true],
    ['10.0.0.0/7', false],
    ['11.0.0.0/8', false],
    [' 192.168.1.0/24 ', true],
  ])('%s is private: %s', (cidr, expected) => {
    expect(isPrivateCidr(cidr)).toBe(expected);
  });

  test.each([
    'fd00::1::2', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1:2:3:4::5:6:7:8', 'fd00::12345', 'fd00::g', 'fd00::/129',
    '::ffff:1.2.3.256', '10.0.0.0/8/8', '10.0.0.0/', '10.0.0.0/x', '10.0.0.0/-1', '10.0.0.0/1000', '10.0.0', '10.0.0.1234',
    'a10.0.0.0', '10.0.0.0a', '10.0.0.-1', '',
  ])('%s is not a CIDR range', (cidr) => {
    expect(parseCidr(cidr)).toBeUndefined();
    expect(isPrivateCidr(cidr)).toBeUndefined();
  });

  test('IPv6 ranges are computed by the bits', () => {
    expect(parseCidr('fd00::/8')).toEqual({ family: 6, start: 0xfdn << 120n, end: (0xfen << 120n) - 1n });
    expect(parseCidr('::ffff:1.2.3.4')).toEqual({ family: 6, start: 0xffff01020304n, end: 0xffff01020304n });
    expect(parseCidr('1::')).toEqual({ family: 6, start: 1n << 112n, end: 1n << 112n });
    expect(parseCidr('1:2:3:4:5:6:7:8/128')?.start).toBe(0x00010002000300040005000600070008n);
  });
});
