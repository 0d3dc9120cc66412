import type { CacheClass, DatabaseClass } from '../model/enums';
import { MachineType, machineTypeFor } from '../cloud-kit/machine-types';

/**
 * Compute Engine machine types a GKE node pool may get. The pool takes the smallest type that holds the tier's
 * vCPU and memory per node: cost-optimised E2 types for the 2-vCPU sizes (as AWS uses burstable t3), then N2
 * (Cascade Lake / Ice Lake, sustained performance) from 4 vCPU: high-CPU, standard and high-memory shapes.
 * Every type here is priced in lib/cost/catalog/gcp.ts.
 */
export const GCP_NODE_TYPES: readonly MachineType[] = [
  { name: 'e2-small', vcpu: 2, memoryGiB: 2 },
  { name: 'e2-medium', vcpu: 2, memoryGiB: 4 },
  { name: 'e2-standard-2', vcpu: 2, memoryGiB: 8 },
  { name: 'n2-highcpu-4', vcpu: 4, memoryGiB: 4 },
  { name: 'n2-standard-4', vcpu: 4, memoryGiB: 16 },
  { name: 'n2-highmem-4', vcpu: 4, memoryGiB: 32 },
  { name: 'n2-highcpu-8', vcpu: 8, memoryGiB: 8 },
  { name: 'n2-standard-8', vcpu: 8, memoryGiB: 32 },
  { name: 'n2-highmem-8', vcpu: 8, memoryGiB: 64 },
  { name: 'n2-standard-16', vcpu: 16, memoryGiB: 64 },
  { name: 'n2-standard-32', vcpu: 32, memoryGiB: 128 },
];

/**
 * Cloud SQL for PostgreSQL tier per database class: dedicated-core custom shapes `db-custom-<vCPU>-<memory MB>`
 * (Enterprise edition: 1 or an even number of vCPUs, 0.9-6.5 GB per vCPU, at least 3840 MB, multiples of 256 MB),
 * matching the vCPU / memory of the AWS class where Cloud SQL allows it. The shared-core db-f1-micro / db-g1-small
 * tiers carry no SLA and are not used.
 */
export const GCP_DATABASE_TIERS: Readonly<Record<DatabaseClass, string>> = {
  'db-micro': 'db-custom-1-3840',
  'db-small': 'db-custom-2-4096',
  'db-medium': 'db-custom-2-8192',
  'db-large': 'db-custom-4-16384',
  'db-xlarge': 'db-custom-8-32768',
  'db-2xlarge': 'db-custom-16-65536',
  'db-4xlarge': 'db-custom-32-131072',
};

/**
 * Memorystore for Redis capacity per cache class, GB: the memory of the matching ElastiCache node type, rounded
 * to whole GB (Memorystore's minimum is 1 GB; read replicas need at least 5 GB).
 */
export const GCP_CACHE_MEMORY_GB: Readonly<Record<CacheClass, number>> = {
  'cache-micro': 1,
  'cache-small': 2,
  'cache-medium': 6,
  'cache-large': 13,
  'cache-xlarge': 26,
};

/**
 * The Compute Engine machine type for a node of `vcpu` vCPUs and `memoryGiB` GiB.
 * @throws SpecError when no type in GCP_NODE_TYPES is large enough.
 */
export function gcpNodeType(vcpu: number, memoryGiB: number): string {
  return machineTypeFor(GCP_NODE_TYPES, 'GCP machine type', vcpu, memoryGiB);
}
