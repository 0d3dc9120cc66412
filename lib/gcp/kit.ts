import type { CloudKit } from '../cloud-kit/kit';
import { gcpPlatformBuilder } from './platform-builder';
import { gcpSlice } from './slice';
import { gcpClusterAccess } from './cluster-access';
import { gcpAccess } from './workload-access';

/** GCP: what the stacks compose for a tenant or pool on GCP. */
export const gcpKit: CloudKit = {
  cloud: 'gcp',
  platform: gcpPlatformBuilder,
  slice: gcpSlice,
  workloadAccess: gcpAccess,
  clusterAccess: gcpClusterAccess,
  // GKE managed collection is configured per namespace (PodMonitoring): nothing is shared.
  sharedCollector: { build: () => undefined },
};
