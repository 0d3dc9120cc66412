import { defineTier } from '../lib/model/tier';

/** Enterprise: dedicated, multi-AZ data services. Totals 32 vCPU / 128 GiB (4 x 8 vCPU / 32 GiB). */
export const enterprise = defineTier({
  name: 'enterprise',
  description: 'Dedicated, highly available infrastructure for regulated workloads',
  isolation: 'siloed',
  nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 4, max: 8 },
  storageGb: 5000,
  limits: { maxNodes: 12, maxStorageGb: 10000, maxDatabaseStorageGb: 2000 },
  availability: { zones: 3, zoneResilient: true },
  cluster: { privateEndpointOnly: true, uptimeSla: true },
  database: { class: 'db-large', storageGb: 500, backupRetentionDays: 30, deletionProtection: true },
  cache: { class: 'cache-large', replicas: 2 },
  security: { level: 'maximum' },
  monitoring: { logRetentionDays: 365, prometheus: true, grafana: true, alarms: true },
  compliance: { allowed: ['gdpr', 'soc2', 'iso27001', 'hipaa', 'pci-dss', 'sox'] },
  budget: { monthlyUsd: 12000 },
  usage: { logIngestionGb: 100 },
});
