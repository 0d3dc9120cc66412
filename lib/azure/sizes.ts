import type { CacheClass, DatabaseClass } from '../model/enums';
import { SpecError } from '../model/errors';
import { MachineType, machineTypeFor } from '../cloud-kit/machine-types';

/**
 * VM sizes an AKS node pool may get. The pool takes the smallest size that holds the tier's vCPU and memory per
 * node: burstable B2s for the smallest size (as AWS uses t3), then compute- (Fsv2), general- (Dsv5) and
 * memory-optimised (Esv5) sizes. Every size here supports Premium SSD and is priced in lib/cost/catalog/azure.ts.
 */
export const AZURE_NODE_SIZES: readonly MachineType[] = [
  { name: 'Standard_B2s', vcpu: 2, memoryGiB: 4 },
  { name: 'Standard_D2s_v5', vcpu: 2, memoryGiB: 8 },
  { name: 'Standard_F4s_v2', vcpu: 4, memoryGiB: 8 },
  { name: 'Standard_D4s_v5', vcpu: 4, memoryGiB: 16 },
  { name: 'Standard_E4s_v5', vcpu: 4, memoryGiB: 32 },
  { name: 'Standard_D8s_v5', vcpu: 8, memoryGiB: 32 },
  { name: 'Standard_E8s_v5', vcpu: 8, memoryGiB: 64 },
  { name: 'Standard_D16s_v5', vcpu: 16, memoryGiB: 64 },
  { name: 'Standard_E16s_v5', vcpu: 16, memoryGiB: 128 },
  { name: 'Standard_D32s_v5', vcpu: 32, memoryGiB: 128 },
];

/** The system node pool's size with an uptime SLA: 2 vCPU / 8 GiB, the AKS recommendation for production system pools. */
export const AZURE_SYSTEM_NODE_SIZE = 'Standard_D2s_v5';
/** The system node pool's size without one: 2 vCPU / 4 GiB, the AKS minimum for system pools. */
export const AZURE_SMALL_SYSTEM_NODE_SIZE = 'Standard_B2s';

/**
 * PostgreSQL Flexible Server `sku_name` per database class: burstable B-series for the two smallest classes (as AWS
 * uses db.t4g), then General Purpose Ddsv5 matching the vCPU of the AWS class.
 */
export const AZURE_DATABASE_SKUS: Readonly<Record<DatabaseClass, string>> = {
  'db-micro': 'B_Standard_B1ms',
  'db-small': 'B_Standard_B2s',
  'db-medium': 'GP_Standard_D2ds_v5',
  'db-large': 'GP_Standard_D4ds_v5',
  'db-xlarge': 'GP_Standard_D8ds_v5',
  'db-2xlarge': 'GP_Standard_D16ds_v5',
  'db-4xlarge': 'GP_Standard_D32ds_v5',
};

/** An Azure Cache for Redis SKU: `sku_name`, `family` and `capacity`. */
export interface RedisSku {
  readonly skuName: 'Basic' | 'Standard' | 'Premium';
  readonly family: 'C' | 'P';
  readonly capacity: number;
}

/**
 * Azure Cache for Redis SKU per cache class, with about the memory of the ElastiCache node type: C0 (250 MB) and
 * C1 (1 GB) for the burstable classes, then Premium P1 (6 GB), P2 (13 GB), P3 (26 GB). Premium is the SKU with
 * zone redundancy and more than one replica.
 */
export const AZURE_CACHE_SKUS: Readonly<Record<CacheClass, RedisSku>> = {
  'cache-micro': { skuName: 'Basic', family: 'C', capacity: 0 },
  'cache-small': { skuName: 'Basic', family: 'C', capacity: 1 },
  'cache-medium': { skuName: 'Premium', family: 'P', capacity: 1 },
  'cache-large': { skuName: 'Premium', family: 'P', capacity: 2 },
  'cache-xlarge': { skuName: 'Premium', family: 'P', capacity: 3 },
};

/**
 * The Redis SKU for a cache class with `replicas` replicas: Basic has no replica, so a replica moves it to Standard
 * (one replica, same size); more than one replica needs Premium.
 * @throws SpecError when a Basic/Standard class asks for more than one replica.
 */
export function azureRedisSku(cacheClass: CacheClass, replicas: number): RedisSku {
  const sku = AZURE_CACHE_SKUS[cacheClass];
  if (sku.skuName === 'Premium' || replicas === 0) return sku;
  if (replicas > 1) {
    throw new SpecError(
      `Azure Cache for Redis ${sku.skuName} ${sku.family}${sku.capacity} (${cacheClass}) has at most one replica, not ${replicas}; use cache-medium or larger (Premium) for more replicas`,
    );
  }
  return { ...sku, skuName: 'Standard' };
}

/** True for burstable Flexible Server SKUs, which offer no high availability. */
export function isBurstableDatabaseSku(sku: string): boolean {
  return sku.startsWith('B_');
}

/**
 * The VM size for a node of `vcpu` vCPUs and `memoryGiB` GiB.
 * @throws SpecError when no size in AZURE_NODE_SIZES is large enough.
 */
export function azureNodeSize(vcpu: number, memoryGiB: number): string {
  return machineTypeFor(AZURE_NODE_SIZES, 'Azure VM size', vcpu, memoryGiB);
}

/** Storage sizes Flexible Server accepts, MiB (32 GiB to 32 TiB). */
export const FLEXIBLE_SERVER_STORAGE_MB = [
  32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408,
] as const;

/**
 * The smallest Flexible Server storage size holding `storageGb` GB.
 * @throws SpecError above 32 TiB.
 */
export function flexibleServerStorageMb(storageGb: number): number {
  const mb = FLEXIBLE_SERVER_STORAGE_MB.find((size) => size >= storageGb * 1024);
  if (mb === undefined) {
    throw new SpecError(`PostgreSQL Flexible Server holds at most 32 TiB, not ${storageGb} GB; lower overrides.database.storageGb`);
  }
  return mb;
}
