import type { Cloud } from '../model/enums';
import type { ClusterAccessBuilder, SharedCollectorBuilder } from './cluster-access';
import type { PlatformBuilder } from './platform';
import type { SliceBuilder } from './slice';
import type { WorkloadAccessBuilder } from './workload-access';

/**
 * Everything one cloud contributes to the stacks, from its own folder (`lib/<cloud>/kit.ts`): the stacks compose
 * these and know nothing cloud-specific. A new cloud is a new folder with its kit and one line in `CLOUD_KITS`.
 */
export interface CloudKit {
  readonly cloud: Cloud;
  /** Provider and platform (network, keys, cluster, database, cache, storage, monitoring) of a siloed tenant or a pool. */
  readonly platform: PlatformBuilder;
  /** A pooled tenant's own resources on its pool: storage, database and login, cache access. */
  readonly slice: SliceBuilder;
  /** Cloud and Kubernetes providers and the workload identity, in a workloads stack or a slice. */
  readonly workloadAccess: WorkloadAccessBuilder;
  /** Cloud and Kubernetes providers of a stack that works inside an existing cluster (a pool's workloads stack). */
  readonly clusterAccess: ClusterAccessBuilder;
  /** The cloud resources of a pool's metrics collector that serve all its tenants. */
  readonly sharedCollector: SharedCollectorBuilder;
}
