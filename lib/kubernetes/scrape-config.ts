import { yamlText } from './yaml-text';

/** Annotation a pod sets to be scraped, as in the Prometheus community charts. */
export const SCRAPE_ANNOTATION = 'prometheus.io/scrape';
/** Scrape interval of the tenant's pods. */
export const SCRAPE_INTERVAL = '30s';

/**
 * The container port tenant pods serve metrics on, by name: the one port collectors scrape (GKE PodMonitoring
 * endpoints name it too) and the only port NetworkPolicies open to them.
 */
export const METRICS_PORT_NAME = 'metrics';

/**
 * A Prometheus `scrape_configs` job for the pods of `namespace` annotated `prometheus.io/scrape: "true"`: the
 * container port named `metrics` (METRICS_PORT_NAME), honouring `prometheus.io/path`.
 */
export function podScrapeJob(namespace: string): Record<string, unknown> {
  return {
    job_name: `${namespace}-pods`,
    scrape_interval: SCRAPE_INTERVAL,
    kubernetes_sd_configs: [{ role: 'pod', namespaces: { names: [namespace] } }],
    relabel_configs: [
      { source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_scrape'], action: 'keep', regex: 'true' },
      // Pod discovery gives one target per container port: keep the metrics port, the one the network policies open.
      { source_labels: ['__meta_kubernetes_pod_container_port_name'], action: 'keep', regex: METRICS_PORT_NAME },
      {
        source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_path'],
        action: 'replace',
        target_label: '__metrics_path__',
        regex: '(.+)',
      },
      { source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' },
      { source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' },
    ],
  };
}

/** A whole Prometheus configuration (global interval and one pod job per namespace) as YAML. */
export function podScrapeConfigYaml(namespaces: string | readonly string[]): string {
  const list = typeof namespaces === 'string' ? [namespaces] : namespaces;
  return yamlText({ global: { scrape_interval: SCRAPE_INTERVAL }, scrape_configs: list.map(podScrapeJob) });
}
