import { undecided } from '../rule';
import { get, isUnresolved, referencedAddresses, strings } from '../../terraform-json';

/** CIDRs that mean "the whole internet". */
export function isOpenCidr(cidr: string): boolean {
  return ['0.0.0.0/0', '::/0', '0.0.0.0', '*', 'internet', 'any'].includes(cidr.trim().toLowerCase());
}

/**
 * The CIDRs of a list attribute (a dotted path). One built from another resource's attribute (a NAT gateway's
 * public IP, a VPC's range) is that network; one given by a variable without a value could be anything, so the
 * resource is undecided.
 */
export function cidrsAt(values: unknown, path: string): string[] {
  const raw = get(values, path);
  const list = strings(raw);
  const opaque = list.find((c) => isUnresolved(c) && referencedAddresses(c).length === 0);
  if (opaque) return undecided(`${path} is not known (${opaque})`);
  return list;
}
