/** CIDRs that mean "the whole internet". */
export function isOpenCidr(cidr: string): boolean {
  return ['0.0.0.0/0', '::/0', '0.0.0.0', '*', 'internet', 'any'].includes(cidr.trim().toLowerCase());
}
