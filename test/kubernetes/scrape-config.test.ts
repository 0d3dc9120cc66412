import { parse } from 'yaml';
import { podScrapeConfigYaml, podScrapeJob } from '../../lib/kubernetes/scrape-config';

describe('podScrapeJob', () => {
  it('discovers only the namespace pods annotated prometheus.io/scrape', () => {
    const job = podScrapeJob('acme') as { kubernetes_sd_configs: unknown; relabel_configs: { action?: string; regex?: string }[] };
    expect(job.kubernetes_sd_configs).toEqual([{ role: 'pod', namespaces: { names: ['acme'] } }]);
    expect(job.relabel_configs[0]).toMatchObject({ action: 'keep', regex: 'true' });
  });

  it('renders a full Prometheus configuration', () => {
    expect(parse(podScrapeConfigYaml('acme'))).toMatchObject({ global: { scrape_interval: '30s' }, scrape_configs: [{ job_name: 'acme-pods' }] });
  });
});
