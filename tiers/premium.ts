import { defineTier } from '../lib/model/tier';

/** Premium: dedicated infrastructure across three zones. Totals 8 vCPU / 16 GiB (2 x 4 vCPU / 8 GiB). */
export const premium = defineTier({
  name: 'premium',
  description: 'Dedicated cluster, database and cache',
  isolation: 'siloed',
  nodes: { vcpu: 4, memoryGiB: 8, min: 2, desired: 2, max: 4 },
  storageGb: 1000,
  limits: { maxNodes: 6, maxStorageGb: 2000, maxDatabaseStorageGb: 500 },
  availability: { zones: 3, zoneResilient: false },
  cluster: { privateEndpointOnly: true, uptimeSla: true },
  database: { class: 'db-medium', storageGb: 100, backupRetentionDays: 14, deletionProtection: true },
  cache: { class: 'cache-medium', replicas: 1 },
  security: { level: 'advanced' },
  monitoring: { logRetentionDays: 90, prometheus: true, grafana: true, alarms: true },
  compliance: { allowed: ['gdpr', 'soc2', 'iso27001', 'hipaa'] },
  budget: { monthlyUsd: 3000 },
  usage: { logIngestionGb: 20 },
});
