import { Construct } from 'constructs';
import type { AlertReceiver } from '../model/alerts';
import type { TenantSizing } from '../model/resolve';
import { AwsAccountContext } from './account-context';
import { AwsCache } from './cache';
import { AwsCluster } from './cluster';
import { AwsDatabase } from './database';
import { AwsEncryption } from './encryption';
import { AwsMonitoring } from './monitoring';
import { AwsNetwork } from './network';
import { AwsStorage } from './storage';

export interface AwsPlatformProps {
  /** Name of the footprint: a tenant id, or a pool id for shared infrastructure. Prefixes every resource name. */
  readonly name: string;
  /** Sizes and switches, from a tenant's tier (or summed over a pool's tenants). */
  readonly sizing: TenantSizing;
  /** VPC address range: the footprint's block of the fleet's address plan. @default AWS_DEFAULT_VPC_CIDR */
  readonly vpcCidr?: string;
  /** IAM principals granted cluster admin (platform admins, break-glass roles). @default [] */
  readonly adminPrincipalArns?: readonly string[];
  /** The IAM role Terraform runs as: its own cluster-admin access entry. @default - the cluster creator's bootstrapped access */
  readonly deployerRoleArn?: string;
  /** CIDRs allowed to the public cluster endpoint, when the tier keeps one. @default ['0.0.0.0/0'] */
  readonly publicAccessCidrs?: string[];
  /** Runner networks: admitted to the cluster API (and, with runnerDatabaseAccess, the database). @default [] */
  readonly runnerCidrs?: readonly string[];
  /** Admit the runner networks to the database too: Terraform runs SQL there (a pool's provisioner). @default false */
  readonly runnerDatabaseAccess?: boolean;
  /** Transit gateway the runner networks are reached through: the VPC is attached and routes them there. @default - none */
  readonly transitGatewayId?: string;
  /** Who the alarms and Prometheus alerts tell. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/**
 * A complete AWS footprint: network, keys, EKS, PostgreSQL, Redis, S3 and monitoring, sized and hardened from
 * a `TenantSizing`. A siloed tenant gets one; a pool builds one with sizes summed over its tenants.
 */
export class AwsPlatform extends Construct {
  readonly account: AwsAccountContext;
  readonly encryption: AwsEncryption;
  readonly network: AwsNetwork;
  readonly cluster: AwsCluster;
  readonly database: AwsDatabase;
  readonly cache: AwsCache;
  readonly storage: AwsStorage;
  readonly monitoring: AwsMonitoring;

  constructor(scope: Construct, id: string, props: AwsPlatformProps) {
    super(scope, id);
    const { name, sizing } = props;
    const { security } = sizing;
    const logRetentionDays = sizing.monitoring.logRetentionDays;

    this.account = new AwsAccountContext(this, 'account');
    this.encryption = new AwsEncryption(this, 'encryption', {
      name,
      account: this.account,
      keyRotation: security.keyRotation,
      keyPerService: security.keyPerService,
    });
    const keyArn = (service: Parameters<AwsEncryption['keyFor']>[0]) => this.encryption.keyFor(service).arn;

    this.network = new AwsNetwork(this, 'network', {
      name,
      account: this.account,
      zones: sizing.zones,
      cidr: props.vpcCidr,
      natPerZone: sizing.availability.natPerZone,
      flowLogs: security.flowLogs,
      flowLogRetentionDays: logRetentionDays,
      logsKmsKeyArn: keyArn('logs'),
      clusterName: name,
      transitGatewayId: props.transitGatewayId,
      transitGatewayRoutes: props.runnerCidrs,
    });

    this.cluster = new AwsCluster(this, 'cluster', {
      name,
      account: this.account,
      subnetIds: this.network.privateSubnetIds,
      nodes: sizing.nodes,
      kmsKeyArn: keyArn('cluster'),
      logsKmsKeyArn: keyArn('logs'),
      logRetentionDays,
      privateEndpointOnly: sizing.cluster.privateEndpointOnly,
      publicAccessCidrs: props.publicAccessCidrs,
      allControlPlaneLogs: security.allControlPlaneLogs,
      adminPrincipalArns: props.adminPrincipalArns,
      deployerRoleArn: props.deployerRoleArn,
      runnerCidrs: props.runnerCidrs,
    });
    const clusterSecurityGroup = this.cluster.cluster.vpcConfig.clusterSecurityGroupId;

    this.database = new AwsDatabase(this, 'database', {
      name,
      vpcId: this.network.vpc.id,
      subnetIds: this.network.dataSubnetIds,
      allowedSecurityGroupIds: [clusterSecurityGroup],
      databaseClass: sizing.database.class,
      storageGb: sizing.database.storageGb,
      backupRetentionDays: sizing.database.backupRetentionDays,
      multiAz: sizing.availability.databaseStandby,
      deletionProtection: sizing.database.deletionProtection,
      kmsKeyArn: keyArn('database'),
      allowedCidrs: props.runnerDatabaseAccess ? props.runnerCidrs : undefined,
    });

    this.cache = new AwsCache(this, 'cache', {
      name,
      vpcId: this.network.vpc.id,
      subnetIds: this.network.dataSubnetIds,
      allowedSecurityGroupIds: [clusterSecurityGroup],
      cacheClass: sizing.cache.class,
      replicas: sizing.cache.replicas,
      multiAz: sizing.availability.cacheAcrossZones,
      snapshotRetentionDays: sizing.database.backupRetentionDays,
      kmsKeyArn: keyArn('cache'),
      logsKmsKeyArn: keyArn('logs'),
      logRetentionDays,
    });

    this.storage = new AwsStorage(this, 'storage', {
      name,
      account: this.account,
      kmsKeyArn: keyArn('storage'),
      accessLogging: security.accessLogging,
      accessLogRetentionDays: logRetentionDays,
    });

    this.monitoring = new AwsMonitoring(this, 'monitoring', {
      name,
      account: this.account,
      kmsKeyArn: keyArn('logs'),
      logRetentionDays,
      prometheus: sizing.monitoring.prometheus,
      grafana: sizing.monitoring.grafana,
      alarms: sizing.monitoring.alarms,
      database: { identifier: this.database.instance.identifier, storageGb: sizing.database.storageGb },
      cacheMemberIds: this.cache.memberIds,
      alertReceivers: props.alertReceivers,
    });
  }
}
