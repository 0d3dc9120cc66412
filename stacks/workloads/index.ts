import type { Cloud } from '../../lib/spec/enums';
import type { WorkloadAccessBuilder } from './access';
import { awsAccess } from './aws-access';
import { azureAccess } from './azure-access';
import { gcpAccess } from './gcp-access';

export * from './access';
export * from './aws-access';
export * from './azure-access';
export * from './gcp-access';

/** How the workloads stack reaches each cloud's cluster and binds the workload identity. */
export const WORKLOAD_ACCESS: Readonly<Record<Cloud, WorkloadAccessBuilder>> = {
  aws: awsAccess,
  azure: azureAccess,
  gcp: gcpAccess,
};
