import type { Utilization } from './model';

/** A figure without float noise: `6.34`, `12`, `0.5`. */
export function figure(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A share of capacity as a percent: `88 %`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

const LABELS: Record<Utilization['metric'], string> = {
  cpu: 'CPU',
  memory: 'memory',
  storage: 'storage',
  databaseStorage: 'database storage',
  databaseCpu: 'database CPU',
  cacheMemory: 'cache memory',
  databaseConnections: 'database connections',
};

/** `CPU p95 5.6 of 6.34 cores (88 %)`, `storage 95 of 100 GB (95 %)`, `database CPU p95 86 %`. */
export function reading(u: Utilization, which: 'p95' | 'max' = 'p95'): string {
  const label = LABELS[u.metric];
  if (u.unit === 'percent') return `${label} ${which} ${figure(which === 'max' ? u.max ?? u.p95 : u.p95)} %`;
  const value = which === 'max' ? u.max ?? u.p95 : u.p95;
  const pct = which === 'max' ? u.maxPercent ?? u.p95Percent : u.p95Percent;
  const tag = u.metric === 'storage' || u.metric === 'databaseStorage' ? 'used' : which;
  return `${label} ${tag} ${figure(value)} of ${figure(u.capacity)} ${u.unit} (${Math.round(pct)} %)`;
}
