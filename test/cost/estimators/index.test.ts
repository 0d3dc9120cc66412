import { ESTIMATORS } from '../../../lib/cost/estimators';
import { cloudOfType } from '../../../lib/cost/region';

/** Every priced type the library generates (issue 6), by cloud. */
const GENERATED = [
  'aws_eks_cluster', 'aws_eks_node_group', 'aws_nat_gateway', 'aws_db_instance', 'aws_elasticache_replication_group', 'aws_s3_bucket',
  'aws_kms_key', 'aws_cloudwatch_log_group', 'aws_prometheus_workspace', 'aws_grafana_workspace', 'aws_cloudwatch_metric_alarm', 'aws_eip',
  'azurerm_kubernetes_cluster', 'azurerm_kubernetes_cluster_node_pool', 'azurerm_postgresql_flexible_server', 'azurerm_redis_cache',
  'azurerm_storage_account', 'azurerm_key_vault', 'azurerm_log_analytics_workspace', 'azurerm_nat_gateway', 'azurerm_public_ip',
  'azurerm_dashboard_grafana', 'azurerm_monitor_workspace',
  'google_container_cluster', 'google_container_node_pool', 'google_sql_database_instance', 'google_redis_instance', 'google_storage_bucket',
  'google_kms_crypto_key', 'google_compute_router_nat', 'google_logging_project_bucket_config',
];

describe('ESTIMATORS', () => {
  it('has an estimator for every priced type the library generates', () => {
    expect(GENERATED.filter((t) => !(t in ESTIMATORS))).toEqual([]);
  });

  it('only registers types of a priced cloud', () => {
    expect(Object.keys(ESTIMATORS).filter((t) => cloudOfType(t) === undefined)).toEqual([]);
  });
});
