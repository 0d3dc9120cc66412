/**
 * The bad-input corpus: one fixture per kind of careless input, each run through the `tenants` CLI in a scratch
 * folder (see helpers.ts); test/commands/cli/bad-input-corpus.test.ts runs them.
 */
import { FLEET_AND_COMMAND_INPUTS } from './fleet-and-commands';
import type { BadInput } from './helpers';
import { TENANT_FILE_INPUTS } from './tenant-files';

export type { BadInput } from './helpers';

export const BAD_INPUTS: readonly BadInput[] = [...TENANT_FILE_INPUTS, ...FLEET_AND_COMMAND_INPUTS];
