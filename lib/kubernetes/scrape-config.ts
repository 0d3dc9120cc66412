import { yamlText } from './yaml-text';

/** Annotation a pod sets to be scraped, as in the Prometheus community charts. */
export const SCRAPE_ANNOTATION = 'prometheus.io/scrape';
/** Scrape interval of the tenant's pods. */
export const SCRAPE_INTERVAL = '30s';

/**
 * A Prometheus `scrape_configs` job for the pods of `namespace` annotated `prometheus.io/scrape: "true"`,
 * honouring `prometheus.io/port` and `prometheus.io/path`.
 */
export function podScrapeJob(namespace: string): Record<string, unknown> {
  return {
    job_name: `${namespace}-pods`,
    scrape_interval: SCRAPE_INTERVAL,
    kubernetes_sd_configs: [{ role: 'pod', namespaces: { names: [namespace] } }],
    relabel_configs: [
      { source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_scrape'], action: 'keep', regex: 'true' },
      {
        source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_path'],
        action: 'replace',
        target_label: '__metrics_path__',
        regex: '(.+)',
      },
      {
        source_labels: ['__address__', '__meta_kubernetes_pod_annotation_prometheus_io_port'],
        action: 'replace',
        regex: '([^:]+)(?::\\d+)?;(\\d+)',
        replacement: '$1:$2',
        target_label: '__address__',
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
