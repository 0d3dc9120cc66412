import type { Cloud } from '../model/enums';
import { lazyRecord } from '../private/lazy-record';
import type { CloudKit } from './kit';

/*
 * Each kit is loaded on first use: a user of one cloud installs that cloud's provider package only (the others are
 * optional peer dependencies), and commands that build no stack (`tenants validate`) load no provider at all.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const LOADERS: Readonly<Record<Cloud, () => CloudKit>> = {
  aws: () => (require('../aws/kit') as typeof import('../aws/kit')).awsKit,
  azure: () => (require('../azure/kit') as typeof import('../azure/kit')).azureKit,
  gcp: () => (require('../gcp/kit') as typeof import('../gcp/kit')).gcpKit,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The kit of every cloud, by cloud: `CLOUD_KITS.aws.platform.build(...)`. Reading a cloud's entry loads its kit once. */
export const CLOUD_KITS: Readonly<Record<Cloud, CloudKit>> = lazyRecord(LOADERS);
