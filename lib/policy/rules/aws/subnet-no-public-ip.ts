import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Instances never get a public IP just by starting in a subnet; load balancers and NAT gateways do not need it. */
export const subnetNoPublicIp = defineRule(__filename, {
  description: 'Subnets do not assign public IPs on launch',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set map_public_ip_on_launch = false on the aws_subnet',
  check: (doc) =>
    checkEach(doc, 'aws_subnet', (subnet) =>
      isTrue(subnet.values.map_public_ip_on_launch) ? 'instances launched here get a public IP (map_public_ip_on_launch)' : undefined,
    ),
});
