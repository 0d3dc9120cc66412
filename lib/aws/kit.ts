import type { CloudKit } from '../cloud-kit/kit';
import { awsPlatformBuilder } from './platform-builder';
import { awsSlice } from './slice';
import { awsClusterAccess } from './cluster-access';
import { awsSharedCollector } from './shared-collector';
import { awsAccess } from './workload-access';

/** AWS: what the stacks compose for a tenant or pool on AWS. */
export const awsKit: CloudKit = {
  cloud: 'aws',
  platform: awsPlatformBuilder,
  slice: awsSlice,
  workloadAccess: awsAccess,
  clusterAccess: awsClusterAccess,
  sharedCollector: awsSharedCollector,
};
