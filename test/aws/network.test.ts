import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { resourcesOf, synthTenant } from '../util';

describe('AwsNetwork', () => {
  const premium = synthTenant({ tier: 'premium' });
  const enterprise = synthTenant({ tier: 'enterprise' });

  it('spans three zones from premium, with public, private and data subnets in each', () => {
    const subnets = resourcesOf(premium, 'aws_subnet');
    expect(subnets).toHaveLength(9);
    expect(new Set(subnets.map((s) => s.availability_zone))).toEqual(new Set(['us-east-1a', 'us-east-1b', 'us-east-1c']));
  });

  it('never gives instances public IPs', () => {
    expect(resourcesOf(premium, 'aws_subnet').every((s) => s.map_public_ip_on_launch !== true)).toBe(true);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(Subnet, { map_public_ip_on_launch: false });
  });

  it('tags subnets for load balancer discovery', () => {
    const tags = resourcesOf(premium, 'aws_subnet').map((s) => s.tags as Record<string, string>);
    expect(tags.filter((t) => t['kubernetes.io/role/elb'] === '1')).toHaveLength(3);
    expect(tags.filter((t) => t['kubernetes.io/role/internal-elb'] === '1')).toHaveLength(3);
  });

  it('shares one NAT gateway below multi-AZ tiers and runs one per zone from enterprise', () => {
    expect(resourcesOf(premium, 'aws_nat_gateway')).toHaveLength(1);
    expect(resourcesOf(enterprise, 'aws_nat_gateway')).toHaveLength(3);
  });

  it('keeps data subnets without a route to the internet', () => {
    const routes = resourcesOf(premium, 'aws_route');
    expect(routes).toHaveLength(4); // public default + one per private route table
    const dataTable = Object.entries(premium.resource.aws_route_table).find(([, t]) => (t.tags as Record<string, string>).Name === 'acme-data');
    expect(dataTable).toBeDefined();
    expect(JSON.stringify(routes)).not.toContain(`aws_route_table.${dataTable![0]}.`);
  });

  it('locks the default security group down', () => {
    const [group] = resourcesOf(premium, 'aws_default_security_group');
    expect(group.ingress).toEqual([]);
    expect(group.egress).toEqual([]);
  });

  it('logs all traffic from enhanced security', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(FlowLog, {
      traffic_type: 'ALL',
      log_destination_type: 'cloud-watch-logs',
      max_aggregation_interval: 60,
    });
  });

  it('reaches S3 through a gateway endpoint', () => {
    const [endpoint] = resourcesOf(premium, 'aws_vpc_endpoint');
    expect(endpoint.vpc_endpoint_type).toBe('Gateway');
    expect(endpoint.route_table_ids).toHaveLength(4);
  });
});
