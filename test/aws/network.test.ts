import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { FLEET_SETTINGS, resourcesOf, synthTenant } from '../util';

describe('AwsNetwork', () => {
  const premium = synthTenant({ tier: 'premium' });
  const enterprise = synthTenant({ tier: 'enterprise' });

  it('spans three zones from premium, with public, private, data and metrics subnets in each', () => {
    const subnets = resourcesOf(premium, 'aws_subnet');
    expect(subnets).toHaveLength(12);
    expect(new Set(subnets.map((s) => s.availability_zone))).toEqual(new Set(['us-east-1a', 'us-east-1b', 'us-east-1c']));
  });

  // With the VPC CNI pods take addresses of the node subnets (EKS user guide, pod-networking), so a NetworkPolicy
  // ipBlock of the VPC admitted every pod; the scraper's own subnets hold nothing else.
  it('gives the managed Prometheus scraper its own subnets, apart from the nodes, without internet routes', () => {
    const metrics = resourcesOf(premium, 'aws_subnet').filter((s) => (s.tags as Record<string, string>)['tenant-templates/subnet'] === 'metrics-scraper');
    expect(metrics.map((s) => s.cidr_block)).toEqual(['10.0.116.0/24', '10.0.117.0/24', '10.0.118.0/24']);
  });

  // Every tenant on 10.0.0.0/16 meant one runner network could reach only one of them: the VPC takes the tenant's
  // block of the fleet's address plan, and every subnet is cut from it.
  it('builds the VPC in the tenant\'s address block', () => {
    const json = synthTenant({ tier: 'premium' }, { addressBlock: '10.70.0.0/16' });
    expect(resourcesOf(json, 'aws_vpc')[0].cidr_block).toBe('10.70.0.0/16');
    const cidrs = resourcesOf(json, 'aws_subnet').map((s) => String(s.cidr_block));
    expect(cidrs.filter((c) => c.startsWith('10.70.'))).toHaveLength(3);
    expect(cidrs.filter((c) => c.includes('cidrsubnet("10.70.0.0/16"'))).toHaveLength(9);
  });

  // A transit gateway attachment in the private subnets and routes to the runner ranges from the private and data
  // route tables (VPC user guide, transit gateway attachments): the runner's path to the cluster API and database.
  it('attaches to the runners\' transit gateway and routes the runner networks through it', () => {
    const json = synthTenant({ tier: 'premium' }, { settings: { ...FLEET_SETTINGS, runners: { cidrs: ['172.31.0.0/20'], aws: { transitGatewayId: 'tgw-0123456789abcdef0' } } } });
    const [attachment] = resourcesOf(json, 'aws_ec2_transit_gateway_vpc_attachment');
    expect(attachment).toEqual(expect.objectContaining({ transit_gateway_id: 'tgw-0123456789abcdef0', dns_support: 'enable' }));
    expect(attachment.subnet_ids).toHaveLength(3);
    const routes = resourcesOf(json, 'aws_route').filter((r) => r.destination_cidr_block === '172.31.0.0/20');
    expect(routes).toHaveLength(4); // three private route tables and the data route table
    for (const r of routes) expect(r.transit_gateway_id).toBe('tgw-0123456789abcdef0');
    expect(resourcesOf(premium, 'aws_ec2_transit_gateway_vpc_attachment')).toEqual([]);
  });

  // VPC user guide, flow-logs-iam-role: Flow Logs sends aws:SourceAccount and aws:SourceArn.
  it('lets Flow Logs assume its role only for this account\'s flow logs', () => {
    const role = resourcesOf(premium, 'aws_iam_role').find((r) => r.name === 'acme-vpc-flow-logs')!;
    expect(JSON.parse(String(role.assume_role_policy)).Statement[0].Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': expect.stringContaining('data.aws_caller_identity') },
      ArnLike: { 'aws:SourceArn': expect.stringMatching(/:ec2:.*:vpc-flow-log\/\*$/) },
    });
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
