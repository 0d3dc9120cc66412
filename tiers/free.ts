import { defineTier } from '../lib/model/tier';

/** Free: a small slice of the shared pool, for trials. Totals 1 vCPU / 1 GiB. */
export const free = defineTier({
  name: 'free',
  description: 'Trial tenants on shared infrastructure',
  isolation: 'pooled',
  nodes: { vcpu: 1, memoryGiB: 1, min: 1, desired: 1, max: 1 },
  storageGb: 10,
  limits: { maxNodes: 1, maxStorageGb: 10, maxDatabaseStorageGb: 20 },
  availability: { zones: 2, zoneResilient: false },
  cluster: { privateEndpointOnly: false, uptimeSla: false },
  database: { class: 'db-micro', storageGb: 20, backupRetentionDays: 1, deletionProtection: false },
  cache: { class: 'cache-micro', replicas: 0 },
  security: { level: 'basic' },
  monitoring: { logRetentionDays: 7, prometheus: false, grafana: false, alarms: false },
  compliance: { allowed: ['gdpr'] },
  // A 1 vCPU / 1 GiB slice is about 16 % of a minimum (two-node) pool, whose database has a standby (every tenant's
  // data is on it): about 80 to 115 USD a month on AWS and GCP; on Azure, whose pools pay AKS system nodes and a
  // zone-redundant Flexible Server standby, about 165 to 185 USD; less as pools fill. test/tiers/budgets.test.ts
  // holds every built-in tier within its budget on every cloud.
  budget: { monthlyUsd: 125, byCloud: { azure: 200 } },
  usage: { logIngestionGb: 1 },
});
