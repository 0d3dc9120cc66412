import type { Cloud } from '../../lib/spec/enums';
import { awsBuilder } from './aws';
import { azureBuilder } from './azure';
import type { CloudBuilder } from './cloud-builder';
import { gcpBuilder } from './gcp';

export * from './cloud-builder';

/** The platform builder of each cloud. */
export const CLOUD_BUILDERS: Partial<Record<Cloud, CloudBuilder>> = {
  aws: awsBuilder,
  azure: azureBuilder,
  gcp: gcpBuilder,
};
