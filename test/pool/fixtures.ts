import type { PoolSizing } from '../../lib/pool/sizing';

/** A pool's sizing reduced to what cost allocation reads: acme holds 30 % of the capacity, globo 15 %, 55 % is headroom. */
export const TWO_TENANT_SIZING = {
  allocations: [
    { tenantId: 'acme', quota: { cpuMillis: 2000, memoryMiB: 4096, pods: 20 }, share: 0.3 },
    { tenantId: 'globo', quota: { cpuMillis: 1000, memoryMiB: 1024, pods: 10 }, share: 0.15 },
  ],
  unallocatedShare: 0.55,
} as unknown as PoolSizing;
