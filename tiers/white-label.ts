import { defineTier } from '../lib/model/tier';

/**
 * White-label: a partner runs the platform under its own brand. No fixed ceiling: every tenant file must
 * give `overrides.nodes` (vcpu, memoryGiB, min, desired, max) and `overrides.storageGb`.
 */
export const whiteLabel = defineTier({
  name: 'white-label',
  description: 'Partner-branded dedicated infrastructure, sized per tenant',
  isolation: 'siloed',
  nodes: 'custom',
  storageGb: 'custom',
  availability: { zones: 3, zoneResilient: true },
  cluster: { privateEndpointOnly: true, uptimeSla: true },
  database: { class: 'db-large', storageGb: 500, backupRetentionDays: 35, deletionProtection: true },
  cache: { class: 'cache-large', replicas: 2 },
  security: { level: 'classified' },
  monitoring: { logRetentionDays: 731, prometheus: true, grafana: true, alarms: true },
  compliance: { allowed: ['gdpr', 'soc2', 'iso27001', 'hipaa', 'pci-dss', 'sox'] },
  budget: { monthlyUsd: 100000 },
  usage: { logIngestionGb: 500 },
});
