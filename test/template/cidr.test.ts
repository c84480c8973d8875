import { isPrivateCidr } from '../../lib/template/cidr';

describe('isPrivateCidr', () => {
  test.each([
    ['10.0.0.0/8', true], ['10.1.2.0/24', true], ['172.16.0.0/12', true], ['172.31.255.255/32', true],
    ['192.168.1.0/24', true], ['100.64.0.0/10', true], ['fd00::/8', true], ['fc00::/7', true],
  ])('%s is private', (cidr, expected) => expect(isPrivateCidr(cidr)).toBe(expected));

  test.each([
    ['0.0.0.0/0'], ['0.0.0.0/1'], ['128.0.0.0/1'], ['10.0.0.1/0'], ['::/0'], ['2001:db8::/32'],
    ['8.8.8.8/32'], ['172.32.0.0/16'], ['172.15.0.0/16'], ['192.169.0.0/16'], ['10.0.0.0/7'], ['fe80::/10'],
    ['::ffff:10.0.0.0/104'],
  ])('%s is public', (cidr) => expect(isPrivateCidr(cidr)).toBe(false));

  test.each([['not-a-cidr'], ['10.0.0.0/33'], ['300.0.0.0/8'], ['10.0.0/8'], ['1::2::3/64'], ['${Param}']])(
    '%s is not a range (the caller fails closed)', (cidr) => expect(isPrivateCidr(cidr)).toBeUndefined(),
  );
});
