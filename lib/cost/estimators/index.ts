import type { Estimator } from '../context';
import { awsCloudwatchLogGroup } from './aws/cloudwatch-log-group';
import { awsCloudwatchMetricAlarm } from './aws/cloudwatch-metric-alarm';
import { awsDbInstance } from './aws/db-instance';
import { awsEip } from './aws/eip';
import { awsEksCluster } from './aws/eks-cluster';
import { awsEksNodeGroup } from './aws/eks-node-group';
import { awsElasticacheReplicationGroup } from './aws/elasticache-replication-group';
import { awsGrafanaWorkspace } from './aws/grafana-workspace';
import { awsKmsKey } from './aws/kms-key';
import { awsNatGateway } from './aws/nat-gateway';
import { awsPrometheusWorkspace } from './aws/prometheus-workspace';
import { awsS3Bucket } from './aws/s3-bucket';
import { azurermDashboardGrafana } from './azure/dashboard-grafana';
import { azurermKeyVault } from './azure/key-vault';
import { azurermKeyVaultKey } from './azure/key-vault-key';
import { azurermKubernetesCluster } from './azure/kubernetes-cluster';
import { azurermKubernetesClusterNodePool } from './azure/kubernetes-cluster-node-pool';
import { azurermLogAnalyticsWorkspace } from './azure/log-analytics-workspace';
import { azurermMonitorMetricAlert } from './azure/monitor-metric-alert';
import { azurermMonitorWorkspace } from './azure/monitor-workspace';
import { azurermNatGateway } from './azure/nat-gateway';
import { azurermPostgresqlFlexibleServer } from './azure/postgresql-flexible-server';
import { azurermPublicIp } from './azure/public-ip';
import { azurermRedisCache } from './azure/redis-cache';
import { azurermStorageAccount } from './azure/storage-account';
import { googleComputeRouterNat } from './gcp/compute-router-nat';
import { googleContainerCluster } from './gcp/container-cluster';
import { googleContainerNodePool } from './gcp/container-node-pool';
import { googleKmsCryptoKey } from './gcp/kms-crypto-key';
import { googleLoggingProjectBucketConfig } from './gcp/logging-project-bucket-config';
import { googleRedisInstance } from './gcp/redis-instance';
import { googleSqlDatabaseInstance } from './gcp/sql-database-instance';
import { googleStorageBucket } from './gcp/storage-bucket';

/** The estimator of each priced Terraform resource type. */
export const ESTIMATORS: Readonly<Record<string, Estimator>> = Object.freeze({
  aws_eks_cluster: awsEksCluster,
  aws_eks_node_group: awsEksNodeGroup,
  aws_nat_gateway: awsNatGateway,
  aws_eip: awsEip,
  aws_db_instance: awsDbInstance,
  aws_elasticache_replication_group: awsElasticacheReplicationGroup,
  aws_s3_bucket: awsS3Bucket,
  aws_kms_key: awsKmsKey,
  aws_cloudwatch_log_group: awsCloudwatchLogGroup,
  aws_cloudwatch_metric_alarm: awsCloudwatchMetricAlarm,
  aws_prometheus_workspace: awsPrometheusWorkspace,
  aws_grafana_workspace: awsGrafanaWorkspace,
  azurerm_kubernetes_cluster: azurermKubernetesCluster,
  azurerm_kubernetes_cluster_node_pool: azurermKubernetesClusterNodePool,
  azurerm_postgresql_flexible_server: azurermPostgresqlFlexibleServer,
  azurerm_redis_cache: azurermRedisCache,
  azurerm_storage_account: azurermStorageAccount,
  azurerm_key_vault: azurermKeyVault,
  azurerm_key_vault_key: azurermKeyVaultKey,
  azurerm_log_analytics_workspace: azurermLogAnalyticsWorkspace,
  azurerm_nat_gateway: azurermNatGateway,
  azurerm_public_ip: azurermPublicIp,
  azurerm_dashboard_grafana: azurermDashboardGrafana,
  azurerm_monitor_workspace: azurermMonitorWorkspace,
  azurerm_monitor_metric_alert: azurermMonitorMetricAlert,
  google_container_cluster: googleContainerCluster,
  google_container_node_pool: googleContainerNodePool,
  google_sql_database_instance: googleSqlDatabaseInstance,
  google_redis_instance: googleRedisInstance,
  google_storage_bucket: googleStorageBucket,
  google_kms_crypto_key: googleKmsCryptoKey,
  google_compute_router_nat: googleComputeRouterNat,
  google_logging_project_bucket_config: googleLoggingProjectBucketConfig,
});
