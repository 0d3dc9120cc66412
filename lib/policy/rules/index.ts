/** Every rule, alphabetical per cloud; test/policy/rules/index.test.ts fails when a rule file is missing here. */
import type { Rule } from '../rule';
import { cloudwatchLogEncryption as awsCloudwatchLogEncryption } from './aws/cloudwatch-log-encryption';
import { cloudwatchLogRetention as awsCloudwatchLogRetention } from './aws/cloudwatch-log-retention';
import { dataResidency as awsDataResidency } from './aws/data-residency';
import { eksApiAuthentication as awsEksApiAuthentication } from './aws/eks-api-authentication';
import { eksAuditLogging as awsEksAuditLogging } from './aws/eks-audit-logging';
import { eksControlPlaneLogs as awsEksControlPlaneLogs } from './aws/eks-control-plane-logs';
import { eksEndpointRestricted as awsEksEndpointRestricted } from './aws/eks-endpoint-restricted';
import { eksPrivateEndpoint as awsEksPrivateEndpoint } from './aws/eks-private-endpoint';
import { eksSecretsEncryption as awsEksSecretsEncryption } from './aws/eks-secrets-encryption';
import { eksWorkloadIdentity as awsEksWorkloadIdentity } from './aws/eks-workload-identity';
import { elasticacheAtRestEncryption as awsElasticacheAtRestEncryption } from './aws/elasticache-at-rest-encryption';
import { elasticacheAuth as awsElasticacheAuth } from './aws/elasticache-auth';
import { elasticacheAutomaticFailover as awsElasticacheAutomaticFailover } from './aws/elasticache-automatic-failover';
import { elasticacheSnapshotRetention as awsElasticacheSnapshotRetention } from './aws/elasticache-snapshot-retention';
import { elasticacheTransitEncryption as awsElasticacheTransitEncryption } from './aws/elasticache-transit-encryption';
import { iamNoAccessKeys as awsIamNoAccessKeys } from './aws/iam-no-access-keys';
import { kmsDeletionWindow as awsKmsDeletionWindow } from './aws/kms-deletion-window';
import { kmsKeyRotation as awsKmsKeyRotation } from './aws/kms-key-rotation';
import { launchTemplateEbsEncryption as awsLaunchTemplateEbsEncryption } from './aws/launch-template-ebs-encryption';
import { launchTemplateImdsv2 as awsLaunchTemplateImdsv2 } from './aws/launch-template-imdsv2';
import { prometheusWorkspaceEncryption as awsPrometheusWorkspaceEncryption } from './aws/prometheus-workspace-encryption';
import { rdsBackupRetention as awsRdsBackupRetention } from './aws/rds-backup-retention';
import { rdsDeletionProtection as awsRdsDeletionProtection } from './aws/rds-deletion-protection';
import { rdsForceSsl as awsRdsForceSsl } from './aws/rds-force-ssl';
import { rdsIamAuthentication as awsRdsIamAuthentication } from './aws/rds-iam-authentication';
import { rdsManagedPassword as awsRdsManagedPassword } from './aws/rds-managed-password';
import { rdsMultiAz as awsRdsMultiAz } from './aws/rds-multi-az';
import { rdsNotPublic as awsRdsNotPublic } from './aws/rds-not-public';
import { rdsStorageEncrypted as awsRdsStorageEncrypted } from './aws/rds-storage-encrypted';
import { s3AccessLogging as awsS3AccessLogging } from './aws/s3-access-logging';
import { s3BucketEncryption as awsS3BucketEncryption } from './aws/s3-bucket-encryption';
import { s3BucketVersioning as awsS3BucketVersioning } from './aws/s3-bucket-versioning';
import { s3PublicAccessBlock as awsS3PublicAccessBlock } from './aws/s3-public-access-block';
import { s3SecureTransport as awsS3SecureTransport } from './aws/s3-secure-transport';
import { securityGroupOpenIngress as awsSecurityGroupOpenIngress } from './aws/security-group-open-ingress';
import { subnetNoPublicIp as awsSubnetNoPublicIp } from './aws/subnet-no-public-ip';
import { vpcFlowLogs as awsVpcFlowLogs } from './aws/vpc-flow-logs';
import { aksApiServerRestricted as azureAksApiServerRestricted } from './azure/aks-api-server-restricted';
import { aksAuditLogging as azureAksAuditLogging } from './azure/aks-audit-logging';
import { aksContainerInsights as azureAksContainerInsights } from './azure/aks-container-insights';
import { aksDiskEncryptionSet as azureAksDiskEncryptionSet } from './azure/aks-disk-encryption-set';
import { aksEntraRbac as azureAksEntraRbac } from './azure/aks-entra-rbac';
import { aksLocalAccountsDisabled as azureAksLocalAccountsDisabled } from './azure/aks-local-accounts-disabled';
import { aksNetworkPolicy as azureAksNetworkPolicy } from './azure/aks-network-policy';
import { aksPrivateCluster as azureAksPrivateCluster } from './azure/aks-private-cluster';
import { aksUptimeSla as azureAksUptimeSla } from './azure/aks-uptime-sla';
import { aksWorkloadIdentity as azureAksWorkloadIdentity } from './azure/aks-workload-identity';
import { dataResidency as azureDataResidency } from './azure/data-residency';
import { keyVaultKeyRotation as azureKeyVaultKeyRotation } from './azure/key-vault-key-rotation';
import { keyVaultNetworkAccess as azureKeyVaultNetworkAccess } from './azure/key-vault-network-access';
import { keyVaultPurgeProtection as azureKeyVaultPurgeProtection } from './azure/key-vault-purge-protection';
import { logAnalyticsRetention as azureLogAnalyticsRetention } from './azure/log-analytics-retention';
import { postgresqlBackupRetention as azurePostgresqlBackupRetention } from './azure/postgresql-backup-retention';
import { postgresqlCustomerManagedKey as azurePostgresqlCustomerManagedKey } from './azure/postgresql-customer-managed-key';
import { postgresqlEntraAuth as azurePostgresqlEntraAuth } from './azure/postgresql-entra-auth';
import { postgresqlGeoRedundantBackup as azurePostgresqlGeoRedundantBackup } from './azure/postgresql-geo-redundant-backup';
import { postgresqlHighAvailability as azurePostgresqlHighAvailability } from './azure/postgresql-high-availability';
import { postgresqlPrivate as azurePostgresqlPrivate } from './azure/postgresql-private';
import { redisPublicAccess as azureRedisPublicAccess } from './azure/redis-public-access';
import { redisTls as azureRedisTls } from './azure/redis-tls';
import { storageBlobVersioning as azureStorageBlobVersioning } from './azure/storage-blob-versioning';
import { storageInfrastructureEncryption as azureStorageInfrastructureEncryption } from './azure/storage-infrastructure-encryption';
import { storageMinTls as azureStorageMinTls } from './azure/storage-min-tls';
import { storageNoPublicBlobs as azureStorageNoPublicBlobs } from './azure/storage-no-public-blobs';
import { storagePublicNetworkAccess as azureStoragePublicNetworkAccess } from './azure/storage-public-network-access';
import { storageSharedKeyDisabled as azureStorageSharedKeyDisabled } from './azure/storage-shared-key-disabled';
import { dataResidency as gcpDataResidency } from './gcp/data-residency';
import { gkeControlPlaneLogs as gcpGkeControlPlaneLogs } from './gcp/gke-control-plane-logs';
import { gkeLoggingEnabled as gcpGkeLoggingEnabled } from './gcp/gke-logging-enabled';
import { gkeMasterAuthorizedNetworks as gcpGkeMasterAuthorizedNetworks } from './gcp/gke-master-authorized-networks';
import { gkeNetworkPolicy as gcpGkeNetworkPolicy } from './gcp/gke-network-policy';
import { gkeNoClientCertificate as gcpGkeNoClientCertificate } from './gcp/gke-no-client-certificate';
import { gkePrivateEndpoint as gcpGkePrivateEndpoint } from './gcp/gke-private-endpoint';
import { gkePrivateNodes as gcpGkePrivateNodes } from './gcp/gke-private-nodes';
import { gkeReleaseChannel as gcpGkeReleaseChannel } from './gcp/gke-release-channel';
import { gkeSecretsEncryption as gcpGkeSecretsEncryption } from './gcp/gke-secrets-encryption';
import { gkeShieldedNodes as gcpGkeShieldedNodes } from './gcp/gke-shielded-nodes';
import { gkeWorkloadIdentity as gcpGkeWorkloadIdentity } from './gcp/gke-workload-identity';
import { kmsKeyRotation as gcpKmsKeyRotation } from './gcp/kms-key-rotation';
import { loggingBucketRetention as gcpLoggingBucketRetention } from './gcp/logging-bucket-retention';
import { nodePoolMetadataServer as gcpNodePoolMetadataServer } from './gcp/node-pool-metadata-server';
import { nodePoolShieldedInstance as gcpNodePoolShieldedInstance } from './gcp/node-pool-shielded-instance';
import { redisAuth as gcpRedisAuth } from './gcp/redis-auth';
import { redisCustomerManagedKey as gcpRedisCustomerManagedKey } from './gcp/redis-customer-managed-key';
import { redisTransitEncryption as gcpRedisTransitEncryption } from './gcp/redis-transit-encryption';
import { serviceAccountKeys as gcpServiceAccountKeys } from './gcp/service-account-keys';
import { sqlBackupRetention as gcpSqlBackupRetention } from './gcp/sql-backup-retention';
import { sqlBackups as gcpSqlBackups } from './gcp/sql-backups';
import { sqlCustomerManagedKey as gcpSqlCustomerManagedKey } from './gcp/sql-customer-managed-key';
import { sqlDeletionProtection as gcpSqlDeletionProtection } from './gcp/sql-deletion-protection';
import { sqlHighAvailability as gcpSqlHighAvailability } from './gcp/sql-high-availability';
import { sqlIamAuthentication as gcpSqlIamAuthentication } from './gcp/sql-iam-authentication';
import { sqlPrivateIp as gcpSqlPrivateIp } from './gcp/sql-private-ip';
import { sqlSslRequired as gcpSqlSslRequired } from './gcp/sql-ssl-required';
import { storageCustomerManagedKey as gcpStorageCustomerManagedKey } from './gcp/storage-customer-managed-key';
import { storagePublicAccessPrevention as gcpStoragePublicAccessPrevention } from './gcp/storage-public-access-prevention';
import { storageUniformAccess as gcpStorageUniformAccess } from './gcp/storage-uniform-access';
import { storageVersioning as gcpStorageVersioning } from './gcp/storage-versioning';
import { subnetworkFlowLogs as gcpSubnetworkFlowLogs } from './gcp/subnetwork-flow-logs';
import { subnetworkPrivateGoogleAccess as gcpSubnetworkPrivateGoogleAccess } from './gcp/subnetwork-private-google-access';

/** All rules, sorted by id. */
export const RULES: readonly Rule[] = [
  awsCloudwatchLogEncryption,
  awsCloudwatchLogRetention,
  awsDataResidency,
  awsEksApiAuthentication,
  awsEksAuditLogging,
  awsEksControlPlaneLogs,
  awsEksEndpointRestricted,
  awsEksPrivateEndpoint,
  awsEksSecretsEncryption,
  awsEksWorkloadIdentity,
  awsElasticacheAtRestEncryption,
  awsElasticacheAuth,
  awsElasticacheAutomaticFailover,
  awsElasticacheSnapshotRetention,
  awsElasticacheTransitEncryption,
  awsIamNoAccessKeys,
  awsKmsDeletionWindow,
  awsKmsKeyRotation,
  awsLaunchTemplateEbsEncryption,
  awsLaunchTemplateImdsv2,
  awsPrometheusWorkspaceEncryption,
  awsRdsBackupRetention,
  awsRdsDeletionProtection,
  awsRdsForceSsl,
  awsRdsIamAuthentication,
  awsRdsManagedPassword,
  awsRdsMultiAz,
  awsRdsNotPublic,
  awsRdsStorageEncrypted,
  awsS3AccessLogging,
  awsS3BucketEncryption,
  awsS3BucketVersioning,
  awsS3PublicAccessBlock,
  awsS3SecureTransport,
  awsSecurityGroupOpenIngress,
  awsSubnetNoPublicIp,
  awsVpcFlowLogs,
  azureAksApiServerRestricted,
  azureAksAuditLogging,
  azureAksContainerInsights,
  azureAksDiskEncryptionSet,
  azureAksEntraRbac,
  azureAksLocalAccountsDisabled,
  azureAksNetworkPolicy,
  azureAksPrivateCluster,
  azureAksUptimeSla,
  azureAksWorkloadIdentity,
  azureDataResidency,
  azureKeyVaultKeyRotation,
  azureKeyVaultNetworkAccess,
  azureKeyVaultPurgeProtection,
  azureLogAnalyticsRetention,
  azurePostgresqlBackupRetention,
  azurePostgresqlCustomerManagedKey,
  azurePostgresqlEntraAuth,
  azurePostgresqlGeoRedundantBackup,
  azurePostgresqlHighAvailability,
  azurePostgresqlPrivate,
  azureRedisPublicAccess,
  azureRedisTls,
  azureStorageBlobVersioning,
  azureStorageInfrastructureEncryption,
  azureStorageMinTls,
  azureStorageNoPublicBlobs,
  azureStoragePublicNetworkAccess,
  azureStorageSharedKeyDisabled,
  gcpDataResidency,
  gcpGkeControlPlaneLogs,
  gcpGkeLoggingEnabled,
  gcpGkeMasterAuthorizedNetworks,
  gcpGkeNetworkPolicy,
  gcpGkeNoClientCertificate,
  gcpGkePrivateEndpoint,
  gcpGkePrivateNodes,
  gcpGkeReleaseChannel,
  gcpGkeSecretsEncryption,
  gcpGkeShieldedNodes,
  gcpGkeWorkloadIdentity,
  gcpKmsKeyRotation,
  gcpLoggingBucketRetention,
  gcpNodePoolMetadataServer,
  gcpNodePoolShieldedInstance,
  gcpRedisAuth,
  gcpRedisCustomerManagedKey,
  gcpRedisTransitEncryption,
  gcpServiceAccountKeys,
  gcpSqlBackupRetention,
  gcpSqlBackups,
  gcpSqlCustomerManagedKey,
  gcpSqlDeletionProtection,
  gcpSqlHighAvailability,
  gcpSqlIamAuthentication,
  gcpSqlPrivateIp,
  gcpSqlSslRequired,
  gcpStorageCustomerManagedKey,
  gcpStoragePublicAccessPrevention,
  gcpStorageUniformAccess,
  gcpStorageVersioning,
  gcpSubnetworkFlowLogs,
  gcpSubnetworkPrivateGoogleAccess,
].sort((a, b) => a.id.localeCompare(b.id));

/** The rule with `id`, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
