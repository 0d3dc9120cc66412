/** Why a type costs nothing of its own. */
const NETWORK = 'networking configuration: no charge';
const IAM = 'identity and access configuration: no charge';
const CONFIG = 'configuration of a priced resource: no charge of its own';

/**
 * Resource types with no charge of their own, with the reason. They are reported as `free`, not as `not priced`.
 * Add a type here only when its provider's price list has no line for it.
 */
export const FREE_RESOURCE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  // AWS
  aws_vpc: NETWORK,
  aws_subnet: NETWORK,
  aws_route_table: NETWORK,
  aws_route_table_association: NETWORK,
  aws_route: NETWORK,
  aws_internet_gateway: NETWORK,
  aws_egress_only_internet_gateway: NETWORK,
  aws_security_group: NETWORK,
  aws_security_group_rule: NETWORK,
  aws_vpc_security_group_ingress_rule: NETWORK,
  aws_vpc_security_group_egress_rule: NETWORK,
  aws_network_acl: NETWORK,
  aws_network_acl_rule: NETWORK,
  aws_default_security_group: NETWORK,
  aws_default_network_acl: NETWORK,
  aws_default_route_table: NETWORK,
  aws_kms_alias: CONFIG,
  aws_launch_template: 'priced on the node groups that use it',
  aws_flow_log: 'billed as log ingestion on its destination log group',
  aws_eks_addon: CONFIG,
  aws_eks_access_entry: IAM,
  aws_eks_access_policy_association: IAM,
  aws_eks_pod_identity_association: IAM,
  aws_db_subnet_group: CONFIG,
  aws_db_parameter_group: CONFIG,
  aws_elasticache_subnet_group: CONFIG,
  aws_elasticache_parameter_group: CONFIG,
  aws_cloudwatch_log_resource_policy: CONFIG,
  aws_sns_topic: 'notifications are usage-priced with a free tier well above alarm traffic',
  aws_sns_topic_policy: CONFIG,
  aws_sns_topic_subscription: CONFIG,
  aws_ebs_encryption_by_default: CONFIG,
  aws_prometheus_rule_group_namespace: CONFIG,
  aws_prometheus_alert_manager_definition: CONFIG,
  aws_elasticache_user: IAM,
  aws_elasticache_user_group: IAM,
  aws_elasticache_user_group_association: IAM,
  // Azure
  azurerm_resource_group: 'a container for resources: no charge',
  azurerm_virtual_network: NETWORK,
  azurerm_subnet: NETWORK,
  azurerm_network_security_group: NETWORK,
  azurerm_network_security_rule: NETWORK,
  azurerm_subnet_network_security_group_association: NETWORK,
  azurerm_route_table: NETWORK,
  azurerm_route: NETWORK,
  azurerm_subnet_route_table_association: NETWORK,
  azurerm_nat_gateway_public_ip_association: NETWORK,
  azurerm_subnet_nat_gateway_association: NETWORK,
  azurerm_user_assigned_identity: IAM,
  azurerm_role_assignment: IAM,
  azurerm_federated_identity_credential: IAM,
  azurerm_key_vault_access_policy: IAM,
  azurerm_monitor_diagnostic_setting: 'billed as ingestion on its destination workspace',
  azurerm_monitor_action_group: 'notifications are usage-priced with a free tier well above alert traffic',
  azurerm_postgresql_flexible_server_database: CONFIG,
  azurerm_postgresql_flexible_server_configuration: CONFIG,
  azurerm_postgresql_flexible_server_firewall_rule: CONFIG,
  azurerm_storage_container: CONFIG,
  azurerm_storage_account_network_rules: CONFIG,
  azurerm_kubernetes_cluster_extension: CONFIG,
  azurerm_redis_cache_access_policy: IAM,
  azurerm_redis_cache_access_policy_assignment: IAM,
  azurerm_postgresql_flexible_server_active_directory_administrator: IAM,
  azurerm_management_lock: 'a lock on a resource: no charge',
  azurerm_disk_encryption_set: 'no charge of its own (its Key Vault key is priced)',
  azurerm_monitor_data_collection_rule_association: CONFIG,
  // Google Cloud
  google_compute_network: NETWORK,
  google_compute_subnetwork: NETWORK,
  google_compute_router: 'Cloud Router without BGP sessions to on-premises: no charge',
  google_compute_firewall: NETWORK,
  google_compute_route: NETWORK,
  google_service_networking_connection: NETWORK,
  google_service_account: IAM,
  google_project_iam_member: IAM,
  google_project_iam_binding: IAM,
  google_service_account_iam_member: IAM,
  google_service_account_iam_binding: IAM,
  google_storage_bucket_iam_member: IAM,
  google_kms_crypto_key_iam_member: IAM,
  google_kms_crypto_key_iam_binding: IAM,
  google_kms_key_ring: 'a container for keys: no charge',
  google_project_service: CONFIG,
  google_project_service_identity: IAM,
  google_sql_database: CONFIG,
  google_sql_user: CONFIG,
  google_logging_project_sink: 'log routing: no charge (storage is priced on the destination bucket)',
  google_logging_project_exclusion: 'log routing: no charge',
  google_secret_manager_secret: 'billed per active version, on google_secret_manager_secret_version',
});

/** Providers that create nothing a cloud bills. */
const FREE_PROVIDERS: Readonly<Record<string, string>> = {
  random: 'generated in Terraform: no cloud resource',
  tls: 'generated in Terraform: no cloud resource',
  time: 'generated in Terraform: no cloud resource',
  null: 'no cloud resource',
  terraform: 'no cloud resource',
};

/** Kubernetes objects that may create a billed cloud resource (a load balancer): never assumed free. */
const KUBERNETES_BILLABLE = /^kubernetes_(service|ingress)(_v\d+)?$/;

/** Why `type` costs nothing, or undefined when it may cost something. */
export function freeReason(type: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(FREE_RESOURCE_TYPES, type)) return FREE_RESOURCE_TYPES[type];
  if (/^aws_iam_/.test(type)) return IAM;
  if (/^aws_s3_bucket_/.test(type)) return CONFIG;
  if (type.startsWith('kubernetes_') && !KUBERNETES_BILLABLE.test(type)) return 'a Kubernetes object: runs on nodes priced elsewhere';
  if (type.startsWith('postgresql_')) return 'an object inside a PostgreSQL server priced elsewhere';
  const provider = type.split('_')[0];
  return Object.prototype.hasOwnProperty.call(FREE_PROVIDERS, provider) ? FREE_PROVIDERS[provider] : undefined;
}
