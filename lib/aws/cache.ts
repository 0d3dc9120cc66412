import { ElasticacheReplicationGroup } from '@cdktf/provider-aws/lib/elasticache-replication-group';
import { ElasticacheSubnetGroup } from '@cdktf/provider-aws/lib/elasticache-subnet-group';
import { ElasticacheUser } from '@cdktf/provider-aws/lib/elasticache-user';
import { ElasticacheUserGroup } from '@cdktf/provider-aws/lib/elasticache-user-group';
import { Construct } from 'constructs';
import type { CacheClass } from '../model/enums';
import { MAX_BACKUP_RETENTION_DAYS } from '../model/tier';
import { encryptedLogGroup } from './log-group';
import { serviceSecurityGroup } from './security-group';
import { AWS_CACHE_NODE_TYPES } from './sizes';

/** Redis OSS 7 is the first version with IAM authentication. */
export const REDIS_ENGINE_VERSION = '7.1';
const REDIS_PORT = 6379;

export interface AwsCacheProps {
  /** Name prefix; the replication group is `<name>-redis`. */
  readonly name: string;
  readonly vpcId: string;
  /** Subnets without internet routes. */
  readonly subnetIds: string[];
  /** Security groups allowed to connect (the cluster's). */
  readonly allowedSecurityGroupIds: string[];
  readonly cacheClass: CacheClass;
  /** Read replicas of the primary; automatic failover is on when there is at least one. @default 0 */
  readonly replicas?: number;
  /** Spread primary and replicas over zones (needs a replica). @default false */
  readonly multiAz?: boolean;
  /** Daily snapshots kept, days. @default 7 */
  readonly snapshotRetentionDays?: number;
  /** Key for data at rest. */
  readonly kmsKeyArn: string;
  /** Key for the slow-log group. */
  readonly logsKmsKeyArn: string;
  /** Slow-log retention, days. */
  readonly logRetentionDays: number;
}

/**
 * ElastiCache for Redis OSS: encrypted at rest with the tenant key and in transit (TLS required), access through
 * an RBAC user group whose application user authenticates with IAM (no password anywhere) and whose `default`
 * user is switched off, replicas with automatic failover, slow log to CloudWatch.
 */
export class AwsCache extends Construct {
  readonly replicationGroup: ElasticacheReplicationGroup;
  /** The RBAC user group of the replication group. */
  readonly userGroup: ElasticacheUserGroup;
  /** The user applications connect as, with an IAM auth token (`elasticache:Connect`). */
  readonly appUser: ElasticacheUser;

  constructor(scope: Construct, id: string, props: AwsCacheProps) {
    super(scope, id);
    const replicas = props.replicas ?? 0;
    this.memberIds = Array.from({ length: 1 + replicas }, (_, i) => `${props.name}-redis-${String(i + 1).padStart(3, '0')}`);
    const subnetGroup = new ElasticacheSubnetGroup(this, 'subnets', {
      name: `${props.name}-redis`,
      subnetIds: props.subnetIds,
      description: `${props.name} Redis subnets`,
    });
    const securityGroup = serviceSecurityGroup(this, 'sg', {
      name: `${props.name}-redis`,
      description: 'Redis',
      vpcId: props.vpcId,
      port: REDIS_PORT,
      allowedSecurityGroupIds: props.allowedSecurityGroupIds,
    });
    // Every user group needs a user named `default`; this one is switched off.
    const defaultUser = new ElasticacheUser(this, 'default-user', {
      userId: `${props.name}-default`,
      userName: 'default',
      engine: 'redis',
      accessString: 'off -@all',
      authenticationMode: { type: 'no-password-required' },
    });
    this.appUser = new ElasticacheUser(this, 'app-user', {
      userId: `${props.name}-app`,
      userName: `${props.name}-app`,
      engine: 'redis',
      accessString: 'on ~* +@all -@dangerous',
      authenticationMode: { type: 'iam' },
    });
    const users = new ElasticacheUserGroup(this, 'users', {
      userGroupId: `${props.name}-redis-users`,
      engine: 'redis',
      userIds: [defaultUser.userId, this.appUser.userId],
      // Pooled tenants' users join through aws_elasticache_user_group_association from their own stacks.
      lifecycle: { ignoreChanges: ['user_ids'] },
    });
    this.userGroup = users;
    const slowLog = encryptedLogGroup(this, 'slow-log', {
      name: `/tenant-templates/${props.name}/redis/slow-log`,
      retentionDays: props.logRetentionDays,
      kmsKeyArn: props.logsKmsKeyArn,
    });

    this.replicationGroup = new ElasticacheReplicationGroup(this, 'redis', {
      replicationGroupId: `${props.name}-redis`,
      description: `${props.name} cache`,
      engine: 'redis',
      engineVersion: REDIS_ENGINE_VERSION,
      parameterGroupName: 'default.redis7',
      nodeType: AWS_CACHE_NODE_TYPES[props.cacheClass],
      numCacheClusters: 1 + replicas,
      automaticFailoverEnabled: replicas > 0,
      multiAzEnabled: replicas > 0 && (props.multiAz ?? false),
      port: REDIS_PORT,
      subnetGroupName: subnetGroup.name,
      securityGroupIds: [securityGroup.id],
      atRestEncryptionEnabled: 'true',
      kmsKeyId: props.kmsKeyArn,
      transitEncryptionEnabled: true,
      transitEncryptionMode: 'required',
      userGroupIds: [users.userGroupId],
      snapshotRetentionLimit: Math.min(props.snapshotRetentionDays ?? 7, MAX_BACKUP_RETENTION_DAYS),
      snapshotWindow: '02:00-03:00',
      maintenanceWindow: 'sun:05:30-sun:06:30',
      autoMinorVersionUpgrade: 'true',
      logDeliveryConfiguration: [
        { destination: slowLog.name, destinationType: 'cloudwatch-logs', logFormat: 'json', logType: 'slow-log' },
      ],
    });
  }

  /** Cache cluster ids of the primary and replicas (`<group>-001`, ...), for per-node alarms. */
  readonly memberIds: string[];
}
