import { amount, text } from '../read';
import { undecided } from '../rule';
import { blocks, isUnresolved, referencedAddresses, referrers, strings, type Json, type TerraformDocument, type TerraformResource } from '../../terraform-json';
import { isOpenCidr } from './cidr';

/** Ports the internet may reach: HTTP and HTTPS (load balancers). */
const WEB_PORTS = [80, 443];

/**
 * An ingress entry that lets the whole internet in on ports other than HTTP(S), described for a message. A CIDR
 * that names another resource's range (`aws_vpc.main.cidr_block`) is that network, not the internet; one given by a
 * variable without a value makes the group undecided.
 */
function openIngress(entry: Json, cidrKeys: readonly string[]): string | undefined {
  const all = cidrKeys.flatMap((k) => strings(entry[k]));
  const unknown = all.find((c) => isUnresolved(c) && referencedAddresses(c).length === 0);
  const cidrs = all.filter(isOpenCidr);
  if (cidrs.length === 0) return unknown ? undecided(`an ingress CIDR is not known (${unknown})`) : undefined;
  const from = amount(entry, 'from_port') ?? 0;
  const to = amount(entry, 'to_port') ?? 65535;
  const protocol = text(entry, 'protocol') ?? text(entry, 'ip_protocol') ?? '-1';
  if (protocol !== '-1' && protocol !== 'all' && from === to && WEB_PORTS.includes(from)) return undefined;
  const ports = protocol === '-1' || protocol === 'all' ? 'all ports' : from === to ? `port ${from}` : `ports ${from}-${to}`;
  return `ingress from ${cidrs.join(', ')} on ${ports}`;
}

/** Open ingress of one security group: inline ingress blocks and separate rule resources that reference it. */
export function openIngressOf(doc: TerraformDocument, group: TerraformResource): string[] {
  const inline = blocks(group.values, 'ingress').map((e) => openIngress(e, ['cidr_blocks', 'ipv6_cidr_blocks']));
  // Looked up through the document's referrer index (lib/terraform-json/resource-index.ts): linear in the resources.
  const rules = referrers(doc, 'aws_security_group_rule', 'security_group_id', group)
    .filter((r) => r.values.type === 'ingress')
    .map((r) => openIngress(r.values, ['cidr_blocks', 'ipv6_cidr_blocks']));
  const vpcRules = referrers(doc, 'aws_vpc_security_group_ingress_rule', 'security_group_id', group).map((r) =>
    openIngress(r.values, ['cidr_ipv4', 'cidr_ipv6']),
  );
  return [...inline, ...rules, ...vpcRules].filter((m): m is string => m !== undefined);
}
