import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
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
}

/**
 * A VPC across `zones` with three subnet tiers per zone: public (load balancers, NAT), private (nodes, egress
 * through NAT) and data (databases and caches, no route to the internet). The default security group allows
 * nothing; S3 is reached through a gateway endpoint.
 *
 * Address plan for a /16: private /19 at .0, .32, .64; public /22 at .96, .100, .104; data /24 at .112-.114.
 */
export class AwsNetwork extends Construct {
  readonly vpc: Vpc;
  readonly publicSubnets: Subnet[] = [];
  readonly privateSubnets: Subnet[] = [];
  readonly dataSubnets: Subnet[] = [];
  readonly natGateways: NatGateway[] = [];
  readonly flowLog?: FlowLog;

  constructor(scope: Construct, id: string, props: AwsNetworkProps) {
    super(scope, id);
    const cidr = props.cidr ?? '10.0.0.0/16';
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
    });

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
