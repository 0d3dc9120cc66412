import { openIngressOf } from '../../private/security-groups';
import { checkEach, defineRule } from '../../rule';
import { AWS } from '../../private/providers';

/** Security groups let the internet in only on HTTP(S); everything else stays inside known networks. */
export const securityGroupOpenIngress = defineRule(__filename, {
  description: 'Security groups allow no ingress from 0.0.0.0/0 or ::/0 except on ports 80 and 443',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Limit the ingress cidr_blocks / cidr_ipv4 to your networks or reference a source security group',
  understands: [
    { form: 'aws_security_group.ingress { cidr_blocks, ipv6_cidr_blocks, from_port, to_port, protocol }', providers: AWS },
    { form: 'aws_security_group_rule (type = "ingress", security_group_id)', providers: AWS },
    { form: 'aws_vpc_security_group_ingress_rule { cidr_ipv4, cidr_ipv6, ip_protocol }', providers: 'aws 4.56–6.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_security_group', (group) => {
      const open = openIngressOf(doc, group);
      return open.length === 0 ? undefined : open.join('; ');
    }),
});
