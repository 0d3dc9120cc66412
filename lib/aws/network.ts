import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Ec2TransitGatewayVpcAttachment } from '@cdktf/provider-aws/lib/ec2-transit-gateway-vpc-attachment';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { cidrSubnetText } from '../model/cidr';
import type { AwsAccountContext } from './account-context';
import { serviceRole } from './iam';
import { encryptedLogGroup } from './log-group';

export interface AwsNetworkProps {
  /** Name prefix, e.g. the tenant id. */
  readonly name: string;
  readonly account: AwsAccountContext;
  /** Availability zones to span, e.g. `['us-east-1a', 'us-east-1b']`. */
  readonly zones: readonly string[];
  /** VPC address range; subnets are carved from it. @default '10.0.0.0/16' */
  readonly cidr?: string;
  /** One NAT gateway per zone (survives a zone outage) instead of one shared. @default false */
  readonly natPerZone?: boolean;
  /** Send VPC flow logs (all traffic) to CloudWatch. @default true */
  readonly flowLogs?: boolean;
  /** Retention of the flow log group, days. @default 90 */
  readonly flowLogRetentionDays?: number;
  /** Key for the flow log group; required when flowLogs is on. */
  readonly logsKmsKeyArn: string;
  /** Cluster name for the subnet discovery tags of the AWS Load Balancer Controller. */
  readonly clusterName: string;
  /** Attach the VPC (its private subnets) to this transit gateway, where the runner network is reachable. @default - no attachment */
  readonly transitGatewayId?: string;
  /** Ranges routed to the transit gateway from the private and data subnets: the runner networks. @default [] */
  readonly transitGatewayRoutes?: readonly string[];
}

/** Tag of the subnets the managed Prometheus scraper puts its network interfaces in (found by the workloads stack). */
export const METRICS_SUBNET_TAG = 'tenant-templates/subnet';
export const METRICS_SUBNET_ROLE = 'metrics-scraper';

/**
 * The metrics subnets of a VPC range: one /24 (of a /16) per zone, apart from the node subnets, so a NetworkPolicy
 * can admit the scraper's addresses without admitting every pod (the VPC CNI gives pods node-subnet addresses).
 */
export function awsMetricsSubnetCidrs(vpcCidr: string, zoneCount: number): string[] {
  return Array.from({ length: zoneCount }, (_, i) => cidrSubnetText(vpcCidr, 8, METRICS_SUBNET_NETNUM + i));
}
const METRICS_SUBNET_NETNUM = 116;
/** The VPC range of a network without an address block. */
export const AWS_DEFAULT_VPC_CIDR = '10.0.0.0/16';

/**
 * A VPC across `zones` with four subnet tiers per zone: public (load balancers, NAT), private (nodes, egress
 * through NAT), data (databases and caches, no route to the internet) and metrics (the managed Prometheus scraper's
 * network interfaces, no route to the internet). The default security group allows nothing; S3 is reached through a
 * gateway endpoint; with a transit gateway, the private and data subnets reach the runner networks through it.
 *
 * Address plan for a /16: private /19 at .0, .32, .64; public /22 at .96, .100, .104; data /24 at .112-.114;
 * metrics /24 at .116-.118.
 */
export class AwsNetwork extends Construct {
  readonly vpc: Vpc;
  readonly publicSubnets: Subnet[] = [];
  readonly privateSubnets: Subnet[] = [];
  readonly dataSubnets: Subnet[] = [];
  /** Subnets of the managed Prometheus scraper's network interfaces, one per zone. */
  readonly metricsSubnets: Subnet[] = [];
  readonly natGateways: NatGateway[] = [];
  readonly flowLog?: FlowLog;
  readonly transitGatewayAttachment?: Ec2TransitGatewayVpcAttachment;
  /** The VPC range. */
  readonly cidr: string;

  constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    const cidr = props.cidr ?? AWS_DEFAULT_VPC_CIDR;
    this.cidr = cidr;
    this.vpc = new Vpc(this, 'vpc', {
      cidrBlock: cidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: props.name },
    });
    new DefaultSecurityGroup(this, 'default-sg-deny-all', { vpcId: this.vpc.id, ingress: [], egress: [] });

    const igw = new InternetGateway(this, 'igw', { vpcId: this.vpc.id, tags: { Name: props.name } });
    const publicRoutes = new RouteTable(this, 'public-rt', { vpcId: this.vpc.id, tags: { Name: `${props.name}-public` } });
    new Route(this, 'public-default', { routeTableId: publicRoutes.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: igw.id });
    const dataRoutes = new RouteTable(this, 'data-rt', { vpcId: this.vpc.id, tags: { Name: `${props.name}-data` } });
    const privateRouteTables: RouteTable[] = [];

    props.zones.forEach((zone, i) => {
      const pub = new Subnet(this, `public-${i}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: Fn.cidrsubnet(cidr, 6, 24 + i),
        mapPublicIpOnLaunch: false,
        tags: { Name: `${props.name}-public-${zone}`, 'kubernetes.io/role/elb': '1' },
      });
      new RouteTableAssociation(this, `public-${i}-rta`, { subnetId: pub.id, routeTableId: publicRoutes.id });
      this.publicSubnets.push(pub);

      if (i === 0 || props.natPerZone) {
        const eip = new Eip(this, `nat-${i}-eip`, { domain: 'vpc', tags: { Name: `${props.name}-nat-${zone}` } });
        this.natGateways.push(
          new NatGateway(this, `nat-${i}`, {
            allocationId: eip.allocationId,
            subnetId: pub.id,
            tags: { Name: `${props.name}-${zone}` },
            dependsOn: [igw],
          }),
        );
      }
      const nat = this.natGateways[this.natGateways.length - 1];
      const rt = new RouteTable(this, `private-${i}-rt`, { vpcId: this.vpc.id, tags: { Name: `${props.name}-private-${zone}` } });
      new Route(this, `private-${i}-default`, { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
      privateRouteTables.push(rt);

      const priv = new Subnet(this, `private-${i}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: Fn.cidrsubnet(cidr, 3, i),
        tags: {
          Name: `${props.name}-private-${zone}`,
          'kubernetes.io/role/internal-elb': '1',
          [`kubernetes.io/cluster/${props.clusterName}`]: 'shared',
        },
      });
      new RouteTableAssociation(this, `private-${i}-rta`, { subnetId: priv.id, routeTableId: rt.id });
      this.privateSubnets.push(priv);

      const data = new Subnet(this, `data-${i}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: Fn.cidrsubnet(cidr, 8, 112 + i),
        tags: { Name: `${props.name}-data-${zone}` },
      });
      new RouteTableAssociation(this, `data-${i}-rta`, { subnetId: data.id, routeTableId: dataRoutes.id });
      this.dataSubnets.push(data);

      const metrics = new Subnet(this, `metrics-${i}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: awsMetricsSubnetCidrs(cidr, i + 1)[i],
        tags: { Name: `${props.name}-metrics-${zone}`, [METRICS_SUBNET_TAG]: METRICS_SUBNET_ROLE },
      });
      new RouteTableAssociation(this, `metrics-${i}-rta`, { subnetId: metrics.id, routeTableId: dataRoutes.id });
      this.metricsSubnets.push(metrics);
    });

    if (props.transitGatewayId) {
      this.transitGatewayAttachment = new Ec2TransitGatewayVpcAttachment(this, 'transit-gateway', {
        transitGatewayId: props.transitGatewayId,
        vpcId: this.vpc.id,
        subnetIds: this.privateSubnetIds,
        dnsSupport: 'enable',
        tags: { Name: props.name },
      });
      (props.transitGatewayRoutes ?? []).forEach((destination, n) =>
        [...privateRouteTables, dataRoutes].forEach(
          (table, t) =>
            new Route(this, `transit-gateway-route-${n}-${t}`, {
              routeTableId: table.id,
              destinationCidrBlock: destination,
              transitGatewayId: props.transitGatewayId,
              dependsOn: [this.transitGatewayAttachment!],
            }),
        ),
      );
    }

    new VpcEndpoint(this, 's3-endpoint', {
      vpcId: this.vpc.id,
      serviceName: `com.amazonaws.${props.account.region}.s3`,
      vpcEndpointType: 'Gateway',
      routeTableIds: [...privateRouteTables.map((rt) => rt.id), dataRoutes.id],
      tags: { Name: `${props.name}-s3` },
    });

    if (props.flowLogs ?? true) {
      const group = encryptedLogGroup(this, 'flow-log-group', {
        name: `/tenant-templates/${props.name}/vpc-flow-logs`,
        retentionDays: props.flowLogRetentionDays ?? 90,
        kmsKeyArn: props.logsKmsKeyArn,
      });
      const { role } = serviceRole(this, 'flow-log-role', {
        name: `${props.name}-vpc-flow-logs`,
        service: 'vpc-flow-logs.amazonaws.com',
        partition: props.account.partition,
        // VPC user guide, flow-logs-iam-role: the confused-deputy conditions Flow Logs sends.
        sourceAccount: props.account.accountId,
        sourceArn: `arn:${props.account.partition}:ec2:${props.account.region}:${props.account.accountId}:vpc-flow-log/*`,
      });
      new IamRolePolicy(this, 'flow-log-policy', {
        role: role.id,
        name: 'write-flow-logs',
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
              Resource: [`${group.arn}`, `${group.arn}:*`],
            },
          ],
        }),
      });
      this.flowLog = new FlowLog(this, 'flow-log', {
        vpcId: this.vpc.id,
        trafficType: 'ALL',
        logDestinationType: 'cloud-watch-logs',
        logDestination: group.arn,
        iamRoleArn: role.arn,
        maxAggregationInterval: 60,
      });
    }
  }

  get privateSubnetIds(): string[] {
    return this.privateSubnets.map((s) => s.id);
  }

  get dataSubnetIds(): string[] {
    return this.dataSubnets.map((s) => s.id);
  }
}
