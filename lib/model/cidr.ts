/**
 * IPv4 CIDR arithmetic for address plans: parse, format, containment, overlap and Terraform's `cidrsubnet`, on
 * plain numbers so plans are computed (and checked) before anything is synthesized.
 */

/** An IPv4 network: its first address as an unsigned 32-bit number and its prefix length. */
export interface Ipv4Cidr {
  readonly network: number;
  readonly prefix: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const ADDRESS_SPACE = 2 ** 32;

/** Why `text` is not an IPv4 CIDR in canonical form (`10.64.0.0/16`), or undefined when it is one. */
export function cidrProblem(text: string): string | undefined {
  const match = CIDR.exec(text.trim());
  if (!match) return `'${text}' is not an IPv4 CIDR like 10.64.0.0/16`;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255)) return `'${text}' has an octet above 255`;
  if (prefix > 32) return `'${text}' has a prefix longer than /32`;
  const network = octets.reduce((n, o) => n * 256 + o, 0);
  if (network % blockSize(prefix) !== 0) {
    return `'${text}' has host bits set; the network is ${formatCidr({ network: network - (network % blockSize(prefix)), prefix })}`;
  }
  return undefined;
}

/**
 * Parses a canonical IPv4 CIDR.
 * @throws Error naming the problem (validate input with `cidrProblem` first).
 */
export function parseCidr(text: string): Ipv4Cidr {
  const problem = cidrProblem(text);
  if (problem) throw new Error(problem);
  const match = CIDR.exec(text.trim())!;
  const network = match.slice(1, 5).map(Number).reduce((n, o) => n * 256 + o, 0);
  return { network, prefix: Number(match[5]) };
}

/** `10.64.0.0/16`. */
export function formatCidr(cidr: Ipv4Cidr): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(cidr.network / 2 ** shift) % 256);
  return `${octets.join('.')}/${cidr.prefix}`;
}

/** Addresses in a network of this prefix length. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Whether two networks share any address. */
export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  return a.network < b.network + blockSize(b.prefix) && b.network < a.network + blockSize(a.prefix);
}

/** Whether `inner` lies wholly inside `outer`. */
export function cidrContains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
  return inner.prefix >= outer.prefix && inner.network >= outer.network && inner.network + blockSize(inner.prefix) <= outer.network + blockSize(outer.prefix);
}

/**
 * Terraform's `cidrsubnet(prefix, newbits, netnum)`: the `netnum`-th network of `prefix + newbits` bits inside `cidr`.
 * @throws Error when the subnet does not fit.
 */
export function cidrSubnet(cidr: Ipv4Cidr | string, newbits: number, netnum: number): Ipv4Cidr {
  const parent = typeof cidr === 'string' ? parseCidr(cidr) : cidr;
  const prefix = parent.prefix + newbits;
  if (prefix > 32 || netnum < 0 || netnum >= 2 ** newbits) {
    throw new Error(`${formatCidr(parent)} has no subnet ${netnum} of ${newbits} more bits`);
  }
  const network = parent.network + netnum * blockSize(prefix);
  if (network >= ADDRESS_SPACE) throw new Error(`${formatCidr(parent)} has no subnet ${netnum} of ${newbits} more bits`);
  return { network, prefix };
}

/** `cidrSubnet` formatted: the string Terraform's `cidrsubnet` would return. */
export function cidrSubnetText(cidr: Ipv4Cidr | string, newbits: number, netnum: number): string {
  return formatCidr(cidrSubnet(cidr, newbits, netnum));
}
