/** `tenant-templates/kubernetes`: a tenant's home in a cluster (namespace, quota, policies, identity, monitoring). */
export { TenantWorkloads } from '../lib/kubernetes/tenant-workloads';
export type { TenantWorkloadsProps } from '../lib/kubernetes/tenant-workloads';
export { TenantNamespace, TENANT_LABEL } from '../lib/kubernetes/namespace';
export type { TenantNamespaceProps, PodSecurityLevel } from '../lib/kubernetes/namespace';
export { TenantQuota, tenantQuota, quotaHard } from '../lib/kubernetes/quota';
export type { TenantQuotaProps, TenantQuotaValues, QuotaInput } from '../lib/kubernetes/quota';
export { TenantNetworkPolicies } from '../lib/kubernetes/network-policy';
export type { TenantNetworkPoliciesProps, EgressAllow } from '../lib/kubernetes/network-policy';
export { TenantServiceAccount, DEFAULT_SERVICE_ACCOUNT } from '../lib/kubernetes/service-account';
export type { TenantServiceAccountProps } from '../lib/kubernetes/service-account';
export { TenantMonitoring } from '../lib/kubernetes/monitoring';
export type { TenantMonitoringProps, ManagedCollector } from '../lib/kubernetes/monitoring';
export { nodeAllocatable } from '../lib/kubernetes/allocatable';
export type { PodCapacity, NodeShape } from '../lib/kubernetes/allocatable';
