import type { CloudKit } from '../cloud-kit/kit';
import { azurePlatformBuilder } from './platform-builder';
import { azureSlice } from './slice';
import { azureClusterAccess } from './cluster-access';
import { azureAccess } from './workload-access';

/** Azure: what the stacks compose for a tenant or pool on Azure. */
export const azureKit: CloudKit = {
  cloud: 'azure',
  platform: azurePlatformBuilder,
  slice: azureSlice,
  workloadAccess: azureAccess,
  clusterAccess: azureClusterAccess,
  // The AKS metrics add-on collects in-cluster: its scrape ConfigMap is the pool's only shared piece.
  sharedCollector: { build: () => undefined },
};
