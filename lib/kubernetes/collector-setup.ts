import { ClusterRoleBindingV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-binding-v1';
import { ClusterRoleV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-v1';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import type { Construct } from 'constructs';
import { yamlText } from './yaml-text';
import type { ManagedCollector } from './monitoring';
import { podScrapeJob } from './scrape-config';

/** User name the AMP scraper authenticates as (AMP user guide, "Configuring your Amazon EKS cluster"). */
export const AMP_COLLECTOR_USER = 'aps-collector-user';
/** The ClusterRole the AMP scraper's user is bound to. */
export const AMP_COLLECTOR_ROLE = 'aps-collector-role';
/** The ConfigMap the AKS metrics add-on reads custom scrape jobs from (one per cluster, in kube-system). */
export const AMA_METRICS_CONFIG_MAP = 'ama-metrics-prometheus-config';

/**
 * Whether a collector needs objects no namespace owns (a ClusterRole, a ConfigMap in kube-system). A cluster can
 * hold only one of each, so in a pool they belong to the pool, never to a tenant's slice.
 */
export function collectorNeedsClusterSetup(collector: ManagedCollector): boolean {
  return collector !== 'google-managed-prometheus';
}

/** What `addClusterCollectorSetup` created. */
export interface ClusterCollectorSetup {
  readonly clusterRole?: ClusterRoleV1;
  readonly clusterRoleBinding?: ClusterRoleBindingV1;
  readonly scrapeConfig?: ConfigMapV1;
}

/**
 * The cluster-wide part of a managed collector, for the tenant namespaces of one cluster: the AMP scraper's
 * ClusterRole and binding, or the AKS metrics add-on's scrape ConfigMap with one pod job per namespace. GKE
 * managed collection needs nothing cluster-wide (PodMonitoring is namespaced). Created in `scope` with fixed ids:
 * a siloed tenant's monitoring, or a pool's workloads stack.
 */
export function addClusterCollectorSetup(scope: Construct, collector: ManagedCollector, namespaces: readonly string[]): ClusterCollectorSetup {
  switch (collector) {
    case 'amazon-managed-prometheus': {
      const clusterRole = new ClusterRoleV1(scope, 'aps-collector-role', {
        metadata: { name: AMP_COLLECTOR_ROLE },
        rule: [
          {
            apiGroups: [''],
            resources: ['nodes', 'nodes/proxy', 'nodes/metrics', 'services', 'endpoints', 'pods', 'ingresses', 'configmaps'],
            verbs: ['get', 'list', 'watch'],
          },
          { apiGroups: ['extensions', 'networking.k8s.io'], resources: ['ingresses/status', 'ingresses'], verbs: ['get', 'list', 'watch'] },
          { apiGroups: ['metrics.eks.amazonaws.com'], resources: ['kcm/metrics', 'ksh/metrics'], verbs: ['get'] },
          { nonResourceUrls: ['/metrics'], verbs: ['get'] },
        ],
      });
      const clusterRoleBinding = new ClusterRoleBindingV1(scope, 'aps-collector-binding', {
        metadata: { name: 'aps-collector-user-role-binding' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterRole.metadata.name },
        subject: [{ kind: 'User', name: AMP_COLLECTOR_USER, apiGroup: 'rbac.authorization.k8s.io' }],
      });
      return { clusterRole, clusterRoleBinding };
    }
    case 'azure-monitor-prometheus':
      return {
        scrapeConfig: new ConfigMapV1(scope, 'ama-metrics-config', {
          metadata: { name: AMA_METRICS_CONFIG_MAP, namespace: 'kube-system' },
          data: { 'prometheus-config': yamlText({ scrape_configs: namespaces.map(podScrapeJob) }) },
        }),
      };
    case 'google-managed-prometheus':
      return {};
  }
}
