import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';

/** Instances never get a public IP just by starting in a subnet; load balancers and NAT gateways do not need it. */
export const subnetNoPublicIp = defineRule(__filename, {
  description: 'Subnets do not assign public IPs on launch',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set map_public_ip_on_launch = false on the aws_subnet',
  understands: [{ form: 'aws_subnet.map_public_ip_on_launch (default false)', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_subnet', (subnet) =>
      flag(subnet.values, 'map_public_ip_on_launch') === true ? 'instances launched here get a public IP (map_public_ip_on_launch)' : undefined,
    ),
});
