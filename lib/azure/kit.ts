import type { CloudKit } from '../cloud-kit/kit';
import { azurePlatformBuilder } from './platform-builder';
import { azureSlice } from './slice';
import { azureAccess } from './workload-access';

/** Azure: what the stacks compose for a tenant or pool on Azure. */
export const azureKit: CloudKit = {
  cloud: 'azure',
  platform: azurePlatformBuilder,
  slice: azureSlice,
  workloadAccess: azureAccess,
};
