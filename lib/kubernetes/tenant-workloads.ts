import { Construct } from 'constructs';
import type { Cloud, Isolation } from '../model/enums';
import type { TenantSizing } from '../model/resolve';
import { ManagedCollector, TenantMonitoring } from './monitoring';
import { TenantNamespace } from './namespace';
import { EgressAllow, TenantNetworkPolicies } from './network-policy';
import { TenantQuota, TenantQuotaValues, tenantQuota } from './quota';
import { DEFAULT_SERVICE_ACCOUNT, TenantServiceAccount } from './service-account';

/** The managed collector of each cloud's managed Prometheus. */
export const MANAGED_COLLECTORS: Readonly<Record<Cloud, ManagedCollector>> = {
  aws: 'amazon-managed-prometheus',
  azure: 'azure-monitor-prometheus',
  gcp: 'google-managed-prometheus',
};

export interface TenantWorkloadsProps {
  /** Tenant id: names the namespace by default and labels it. */
  readonly tenantId: string;
  readonly cloud: Cloud;
  /** Siloed tenants own the cluster; pooled tenants get a slice (see `tenantQuota`). */
  readonly isolation: Isolation;
  /** The tenant's sizing: quota, Pod Security level, egress lockdown and monitoring come from it. */
  readonly sizing: TenantSizing;
  /** Namespace name. @default - the tenant id */
  readonly namespace?: string;
  /** Workload service account name. @default 'workload' */
  readonly serviceAccountName?: string;
  /** Annotations binding the service account to the cloud identity. @default {} */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Ingress controller namespace, allowed in. @default 'ingress-nginx' */
  readonly ingressNamespace?: string;
  /** In-cluster metrics collector namespaces, allowed in. @default ['monitoring'] */
  readonly monitoringNamespaces?: readonly string[];
  /** Out-of-cluster collector addresses, allowed in. @default [] */
  readonly monitoringCidrs?: readonly string[];
  /** Destinations allowed out under egress lockdown. @default [] */
  readonly egressAllows?: readonly EgressAllow[];
  /** Managed collector. @default - the cloud's, from MANAGED_COLLECTORS */
  readonly collector?: ManagedCollector;
}

/**
 * A tenant's home in a cluster: namespace with Pod Security Admission (`restricted` in pooled clusters and from the
 * `enhanced` security level, `baseline` below in a tenant's own cluster), ResourceQuota and LimitRange from the tier, default-deny NetworkPolicies with explicit
 * allows, a workload service account bound to the cloud identity, and monitoring for the managed Prometheus
 * (dashboards and alerts when the tier has Grafana and alarms).
 */
export class TenantWorkloads extends Construct {
  readonly namespace: TenantNamespace;
  readonly quotaValues: TenantQuotaValues;
  readonly quota: TenantQuota;
  readonly networkPolicies: TenantNetworkPolicies;
  readonly serviceAccount: TenantServiceAccount;
  readonly monitoring?: TenantMonitoring;

  constructor(scope: Construct, id: string, props: TenantWorkloadsProps) {
    super(scope, id);
    const { sizing } = props;
    this.namespace = new TenantNamespace(this, 'namespace', {
      name: props.namespace ?? props.tenantId,
      tenantId: props.tenantId,
      // A pooled namespace shares nodes with other tenants: it enforces restricted whatever the tier's level.
      enforce: props.isolation === 'pooled' || sizing.security.restrictedPodSecurity ? 'restricted' : 'baseline',
    });
    const ns = this.namespace.name;

    this.quotaValues = tenantQuota({ cloud: props.cloud, isolation: props.isolation, sizing, tenantId: props.tenantId });
    this.quota = new TenantQuota(this, 'quota', { namespace: ns, quota: this.quotaValues });

    const collector = props.collector ?? MANAGED_COLLECTORS[props.cloud];
    this.networkPolicies = new TenantNetworkPolicies(this, 'network-policies', {
      namespace: ns,
      egressLockdown: sizing.security.egressLockdown,
      ingressNamespace: props.ingressNamespace,
      monitoringNamespaces: [...(props.monitoringNamespaces ?? ['monitoring']), ...collectorNamespaces(collector)],
      monitoringCidrs: props.monitoringCidrs,
      egressAllows: props.egressAllows,
    });

    this.serviceAccount = new TenantServiceAccount(this, 'service-account', {
      namespace: ns,
      name: props.serviceAccountName ?? DEFAULT_SERVICE_ACCOUNT,
      annotations: props.serviceAccountAnnotations,
    });

    if (sizing.monitoring.prometheus) {
      this.monitoring = new TenantMonitoring(this, 'monitoring', {
        namespace: ns,
        collector,
        dashboards: sizing.monitoring.grafana,
        // A pool creates the collector's cluster-wide objects once for all its tenants.
        clusterSetup: props.isolation === 'siloed',
      });
    }
  }
}

/** Namespaces the managed collector's in-cluster pods run in: AKS ama-metrics in kube-system, GKE in gmp-system. */
function collectorNamespaces(collector: ManagedCollector): string[] {
  switch (collector) {
    case 'azure-monitor-prometheus':
      return ['kube-system'];
    case 'google-managed-prometheus':
      return ['gmp-system'];
    case 'amazon-managed-prometheus':
      return [];
  }
}
