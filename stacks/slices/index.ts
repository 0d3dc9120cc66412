import type { Cloud } from '../../lib/spec/enums';
import { awsSlice } from './aws';
import { azureSlice } from './azure';
import { gcpSlice } from './gcp';
import type { SliceBuilder } from './slice-builder';

export * from './slice-builder';

/** The slice builder of each cloud. */
export const SLICE_BUILDERS: Partial<Record<Cloud, SliceBuilder>> = {
  aws: awsSlice,
  azure: azureSlice,
  gcp: gcpSlice,
};
