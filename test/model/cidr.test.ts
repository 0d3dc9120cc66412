import { cidrContains, cidrProblem, cidrSubnetText, cidrsOverlap, formatCidr, parseCidr } from '../../lib/model/cidr';

describe('IPv4 CIDRs', () => {
  it('parses and formats canonical CIDRs', () => {
    expect(formatCidr(parseCidr('10.64.0.0/16'))).toBe('10.64.0.0/16');
    expect(parseCidr('0.0.0.0/0')).toEqual({ network: 0, prefix: 0 });
    expect(formatCidr(parseCidr('255.255.255.255/32'))).toBe('255.255.255.255/32');
  });

  it('says what is wrong with a malformed CIDR', () => {
    expect(cidrProblem('10.64.0.0')).toMatch(/not an IPv4 CIDR/);
    expect(cidrProblem('10.256.0.0/16')).toMatch(/octet above 255/);
    expect(cidrProblem('10.0.0.0/33')).toMatch(/longer than \/32/);
    expect(cidrProblem('10.64.1.0/16')).toMatch(/host bits set; the network is 10.64.0.0\/16/);
    expect(cidrProblem('10.64.0.0/16')).toBeUndefined();
    expect(() => parseCidr('nonsense')).toThrow(/not an IPv4 CIDR/);
  });

  it('tells overlap and containment apart', () => {
    const wide = parseCidr('10.64.0.0/10');
    expect(cidrContains(wide, parseCidr('10.65.0.0/16'))).toBe(true);
    expect(cidrContains(parseCidr('10.65.0.0/16'), wide)).toBe(false);
    expect(cidrsOverlap(parseCidr('10.65.0.0/16'), wide)).toBe(true);
    expect(cidrsOverlap(parseCidr('10.64.0.0/16'), parseCidr('10.65.0.0/16'))).toBe(false);
    expect(cidrsOverlap(parseCidr('10.64.255.0/24'), parseCidr('10.64.0.0/16'))).toBe(true);
  });

  // Same results as Terraform's cidrsubnet (developer.hashicorp.com/terraform/language/functions/cidrsubnet).
  it('cuts subnets as Terraform cidrsubnet does', () => {
    expect(cidrSubnetText('10.0.0.0/16', 3, 2)).toBe('10.0.64.0/19');
    expect(cidrSubnetText('10.0.0.0/16', 6, 24)).toBe('10.0.96.0/22');
    expect(cidrSubnetText('10.0.0.0/16', 8, 112)).toBe('10.0.112.0/24');
    expect(cidrSubnetText('172.16.0.0/12', 4, 2)).toBe('172.18.0.0/16');
    expect(() => cidrSubnetText('10.0.0.0/16', 2, 4)).toThrow(/no subnet 4 of 2 more bits/);
    expect(() => cidrSubnetText('10.0.0.0/30', 3, 0)).toThrow(/no subnet/);
  });
});
