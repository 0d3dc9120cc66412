import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { tenantDashboard } from './dashboards';
import { addClusterCollectorSetup } from './collector-setup';
import { METRICS_PORT_NAME, SCRAPE_INTERVAL } from './scrape-config';

/**
 * The managed Prometheus collector that feeds the tier's managed Prometheus:
 * - `amazon-managed-prometheus`: an agentless AMP scraper (created beside, in AWS) that needs in-cluster RBAC;
 * - `azure-monitor-prometheus`: the AKS metrics add-on (ama-metrics), configured by a ConfigMap in kube-system;
 * - `google-managed-prometheus`: GKE managed collection, configured by a PodMonitoring resource.
 *
 * Alert rules are not in the cluster: the managed services evaluate them (an AMP rule group namespace, an Azure
 * Monitor Prometheus rule group, Cloud Monitoring PromQL alert policies), written by each cloud's workload access.
 */
export type ManagedCollector = 'amazon-managed-prometheus' | 'azure-monitor-prometheus' | 'google-managed-prometheus';

/** Label the Grafana dashboard sidecar (grafana / kube-prometheus-stack charts) looks for. */
export const GRAFANA_DASHBOARD_LABEL = 'grafana_dashboard';

export interface TenantMonitoringProps {
  /** Tenant namespace whose pods are scraped. */
  readonly namespace: string;
  /** Which managed collector the cluster has. */
  readonly collector: ManagedCollector;
  /** Named container port the pods serve metrics on (GKE PodMonitoring). @default METRICS_PORT_NAME */
  readonly metricsPort?: string;
  /** Grafana dashboard ConfigMap labelled `grafana_dashboard: "1"`. @default false */
  readonly dashboards?: boolean;
  /**
   * Also create the collector's cluster-wide objects for this namespace (`addClusterCollectorSetup`): right for a
   * siloed tenant, who owns the cluster; a pooled tenant's pool creates them once for all its tenants.
   * @default true
   */
  readonly clusterSetup?: boolean;
}

/** In-cluster monitoring of a tenant namespace: what the managed collector needs to scrape it, and dashboards. */
export class TenantMonitoring extends Construct {
  readonly dashboard?: ConfigMapV1;
  readonly scrapeConfig?: ConfigMapV1;
  readonly podMonitoring?: Manifest;

  constructor(scope: Construct, id: string, props: TenantMonitoringProps) {
    super(scope, id);
    const ns = props.namespace;
    if (props.clusterSetup ?? true) this.scrapeConfig = addClusterCollectorSetup(this, props.collector, [ns]).scrapeConfig;
    if (props.collector === 'google-managed-prometheus') {
      this.podMonitoring = new Manifest(this, 'pod-monitoring', {
        manifest: {
          apiVersion: 'monitoring.googleapis.com/v1',
          kind: 'PodMonitoring',
          metadata: { name: 'tenant-pods', namespace: ns },
          spec: {
            selector: { matchLabels: {} },
            endpoints: [{ port: props.metricsPort ?? METRICS_PORT_NAME, interval: SCRAPE_INTERVAL }],
          },
        },
      });
    }
    if (props.dashboards) {
      this.dashboard = new ConfigMapV1(this, 'dashboard', {
        metadata: { name: 'tenant-dashboard', namespace: ns, labels: { [GRAFANA_DASHBOARD_LABEL]: '1' } },
        data: { [`${ns}.json`]: JSON.stringify(tenantDashboard(ns)) },
      });
    }
  }
}
