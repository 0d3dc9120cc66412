import type { RecommendReport, TenantReport } from '../../../../commands/recommend/report';
import { utilization } from '../../../../commands/recommend/model';

const cost = (monthlyUsd: number, budgetUsd: number, budgetStatus: 'ok' | 'warn' | 'over' = 'ok') => ({
  monthlyUsd,
  budgetUsd,
  budgetPercent: Math.round((monthlyUsd / budgetUsd) * 1000) / 10,
  budgetStatus,
  incomplete: [],
  notPricedTypes: [],
});

const figures = [
  utilization('cpu', 'cores', 5.4, 6.34, 'high', 6),
  utilization('memory', 'GiB', 7.2, 11.06, 'ok', 8.9),
  utilization('storage', 'GB', 620, 1000, 'ok'),
  utilization('databaseStorage', 'GB', 58, 100, 'ok'),
];

export const resized: TenantReport = {
  id: 'acme',
  file: 'tenants/acme.yaml',
  tier: 'premium',
  isolation: 'siloed',
  cloud: 'aws',
  region: 'us-east-1',
  verdict: 'resize',
  summary: 'nodes.min 2 → 3, nodes.desired 2 → 3',
  reasons: ['CPU p95 5.4 of 6.34 cores (85 %) is above 80 %: nodes.min 2 → 3'],
  notes: [],
  utilization: figures,
  change: {
    overrides: { nodes: { min: 3, desired: 3, max: 6 } },
    fields: [{ field: 'nodes.min', from: 2, to: 3 }],
    yaml: 'overrides:\n  nodes: { min: 3, desired: 3, max: 6 }\n',
  },
  cost: { now: cost(761.87, 3000), after: cost(889.97, 3000), deltaUsd: 128.1 },
};

export const movedUp: TenantReport = {
  ...resized,
  id: 'umbrella',
  file: 'tenants/umbrella.yaml',
  tier: 'standard',
  isolation: 'pooled',
  verdict: 'tier-up',
  summary: 'tier standard → premium (pooled → siloed: migration)',
  notes: ['security level enhanced → advanced'],
  change: { tier: 'premium', overrides: {}, fields: [{ field: 'tier', from: 'standard', to: 'premium' }], yaml: 'tier: premium\n' },
  migration: { from: 'pooled', to: 'siloed', summary: 'export and restore the data', doc: 'docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo' },
  cost: { now: cost(156.72, 300), after: cost(3100, 3000, 'over'), deltaUsd: 2943.28 },
};

export const fitting: TenantReport = {
  ...resized,
  id: 'globex',
  file: 'tenants/globex.yaml',
  tier: 'enterprise',
  verdict: 'fits',
  summary: 'fits',
  reasons: [],
  notes: ['storage used 100 of 5000 GB (2 %): the allowance is not lowered; storage bills by what is stored'],
  change: undefined,
  cost: { now: cost(3393.08, 12000) },
};

export const report: RecommendReport = {
  usageFile: 'examples/usage.json',
  period: { start: '2026-04-01', end: '2026-05-01', days: 30 },
  thresholds: { scaleUpP95Percent: 80, scaleUpMaxPercent: 95, scaleDownP95Percent: 30, tierDownP95Percent: 60, tierDownMaxPercent: 80, minDaysToScaleDown: 28 },
  tenants: [resized, movedUp, fitting],
  notAssessed: ['hooli'],
  summary: { assessed: 3, fits: 1, changes: 2 },
};
