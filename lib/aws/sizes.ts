import type { CacheClass, DatabaseClass } from '../model/enums';
import { MachineType, machineTypeFor } from '../cloud-kit/machine-types';

/**
 * EC2 instance types a node pool may get, smallest first within each size. The node pool takes the smallest
 * type that holds the tier's vCPU and memory per node (burstable t3 for the smallest sizes, then compute- (c6i),
 * general- (m6i) and memory-optimised (r6i) 6th-generation Intel types).
 */
export const AWS_NODE_TYPES: readonly MachineType[] = [
  { name: 't3.micro', vcpu: 2, memoryGiB: 1 },
  { name: 't3.small', vcpu: 2, memoryGiB: 2 },
  { name: 't3.medium', vcpu: 2, memoryGiB: 4 },
  { name: 'm6i.large', vcpu: 2, memoryGiB: 8 },
  { name: 'r6i.large', vcpu: 2, memoryGiB: 16 },
  { name: 'c6i.xlarge', vcpu: 4, memoryGiB: 8 },
  { name: 'm6i.xlarge', vcpu: 4, memoryGiB: 16 },
  { name: 'r6i.xlarge', vcpu: 4, memoryGiB: 32 },
  { name: 'c6i.2xlarge', vcpu: 8, memoryGiB: 16 },
  { name: 'm6i.2xlarge', vcpu: 8, memoryGiB: 32 },
  { name: 'r6i.2xlarge', vcpu: 8, memoryGiB: 64 },
  { name: 'c6i.4xlarge', vcpu: 16, memoryGiB: 32 },
  { name: 'm6i.4xlarge', vcpu: 16, memoryGiB: 64 },
  { name: 'r6i.4xlarge', vcpu: 16, memoryGiB: 128 },
  { name: 'm6i.8xlarge', vcpu: 32, memoryGiB: 128 },
  { name: 'r6i.8xlarge', vcpu: 32, memoryGiB: 256 },
  { name: 'm6i.16xlarge', vcpu: 64, memoryGiB: 256 },
];

/** RDS for PostgreSQL instance class per database class (Graviton: burstable t4g, then general-purpose m6g). */
export const AWS_DATABASE_CLASSES: Readonly<Record<DatabaseClass, string>> = {
  'db-micro': 'db.t4g.micro',
  'db-small': 'db.t4g.small',
  'db-medium': 'db.m6g.large',
  'db-large': 'db.m6g.xlarge',
  'db-xlarge': 'db.m6g.2xlarge',
  'db-2xlarge': 'db.m6g.4xlarge',
  'db-4xlarge': 'db.m6g.8xlarge',
};

/** ElastiCache node type per cache class. */
export const AWS_CACHE_NODE_TYPES: Readonly<Record<CacheClass, string>> = {
  'cache-micro': 'cache.t4g.micro',
  'cache-small': 'cache.t4g.small',
  'cache-medium': 'cache.m6g.large',
  'cache-large': 'cache.m6g.xlarge',
  'cache-xlarge': 'cache.m6g.2xlarge',
};

/**
 * The EC2 instance type for a node of `vcpu` vCPUs and `memoryGiB` GiB.
 * @throws SpecError when no type in AWS_NODE_TYPES is large enough.
 */
export function awsNodeType(vcpu: number, memoryGiB: number): string {
  return machineTypeFor(AWS_NODE_TYPES, 'AWS node type', vcpu, memoryGiB);
}
