/**
 * Address arithmetic for security-group sources: is a CIDR range entirely inside
 * private address space? Judged by the bits, never by the string, so `0.0.0.0/1`,
 * `10.0.0.1/0` and `::/0` are public like `0.0.0.0/0`.
 */

interface Range {
  readonly family: 4 | 6;
  readonly start: bigint;
  readonly end: bigint;
}

/** IPv4 space that is not reachable from the internet: RFC 1918, CGNAT (RFC 6598) and loopback. */
const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8'];
/** IPv6 unique local addresses (fc00::/7) and loopback. */
const PRIVATE_V6 = ['fc00::/7', '::1/128'];

function parseV4(addr: string): bigint | undefined {
  const parts = addr.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseV6(addr: string): bigint | undefined {
  let a = addr.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4).
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) {
    const n = parseV4(v4[1]);
    if (n === undefined) return undefined;
    a = `${a.slice(0, -v4[1].length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const halves = a.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  // Without `::` all eight groups are written; `::` stands for at least one group of zeros.
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** Parse `a.b.c.d/n` or an IPv6 prefix; a bare address is a single host. `undefined` when malformed. */
export function parseCidr(cidr: string): Range | undefined {
  const [addr, lenText, extra] = cidr.trim().split('/');
  if (extra !== undefined) return undefined;
  const family: 4 | 6 = addr.includes(':') ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  const base = family === 4 ? parseV4(addr) : parseV6(addr);
  if (base === undefined) return undefined;
  const len = lenText === undefined ? bits : /^\d{1,3}$/.test(lenText) ? Number(lenText) : NaN;
  if (!(len >= 0 && len <= bits)) return undefined;
  const host = (1n << BigInt(bits - len)) - 1n;
  const start = base & ~host & ((1n << BigInt(bits)) - 1n);
  return { family, start, end: start | host };
}

const PRIVATE = [...PRIVATE_V4, ...PRIVATE_V6].map((c) => parseCidr(c)!);

/**
 * `true` when every address of the range is private, `false` when any address is
 * public, `undefined` when the text is not a CIDR range (the caller fails closed).
 */
export function isPrivateCidr(cidr: string): boolean | undefined {
  const r = parseCidr(cidr);
  if (!r) return undefined;
  return PRIVATE.some((p) => p.family === r.family && p.start <= r.start && r.end <= p.end);
}
