import { defineTier } from '../lib/model/tier';

/** Enterprise Plus: the largest fixed tier. Totals 128 vCPU / 512 GiB (8 x 16 vCPU / 64 GiB). */
export const enterprisePlus = defineTier({
  name: 'enterprise-plus',
  description: 'Dedicated, highly available infrastructure at scale with military-grade controls',
  isolation: 'siloed',
  nodes: { vcpu: 16, memoryGiB: 64, min: 6, desired: 8, max: 16 },
  storageGb: 50000,
  limits: { maxNodes: 32, maxStorageGb: 100000, maxDatabaseStorageGb: 16000 },
  availability: { zones: 3, zoneResilient: true },
  cluster: { privateEndpointOnly: true, uptimeSla: true },
  database: { class: 'db-2xlarge', storageGb: 2000, backupRetentionDays: 35, deletionProtection: true },
  cache: { class: 'cache-xlarge', replicas: 2 },
  security: { level: 'military' },
  monitoring: { logRetentionDays: 731, prometheus: true, grafana: true, alarms: true },
  compliance: { allowed: ['gdpr', 'soc2', 'iso27001', 'hipaa', 'pci-dss', 'sox'] },
  budget: { monthlyUsd: 45000 },
  usage: { logIngestionGb: 500 },
});
