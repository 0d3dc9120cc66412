import { defineTier } from '../lib/model/tier';

/** Standard: a larger slice of the shared pool. Totals 2 vCPU / 4 GiB. */
export const standard = defineTier({
  name: 'standard',
  description: 'Production tenants on shared infrastructure',
  isolation: 'pooled',
  nodes: { vcpu: 2, memoryGiB: 4, min: 1, desired: 1, max: 2 },
  storageGb: 100,
  limits: { maxNodes: 2, maxStorageGb: 200, maxDatabaseStorageGb: 100 },
  availability: { zones: 2, zoneResilient: false },
  cluster: { privateEndpointOnly: false, uptimeSla: false },
  database: { class: 'db-small', storageGb: 50, backupRetentionDays: 7, deletionProtection: false },
  cache: { class: 'cache-small', replicas: 0 },
  security: { level: 'enhanced' },
  monitoring: { logRetentionDays: 30, prometheus: true, grafana: false, alarms: true },
  compliance: { allowed: ['gdpr', 'soc2'] },
  // A 2 vCPU / 4 GiB slice is about a third of a minimum (two-node) pool, whose database has a standby: up to about
  // 365 USD a month alone in an Azure pool (General Purpose, zone-redundant), less as pools fill.
  budget: { monthlyUsd: 400 },
  usage: { logIngestionGb: 5 },
});
