import { Testing } from 'cdktf';
import { TenantStack } from '../../stacks/tenant-stack';
import { skipTokenCreationStacks } from '../../stacks/token-stack-traces';
import { FLEET_SETTINGS, settingsOf, tenantOf } from '../util';

/** A tenant stack's JSON, synthesized in this process. */
function stackJson(): string {
  const app = Testing.app();
  const stack = new TenantStack(app, { tenant: tenantOf({ tier: 'premium' }), settings: settingsOf(FLEET_SETTINGS), projectDir: app.outdir });
  return Testing.synth(stack);
}

describe('skipTokenCreationStacks', () => {
  it('is refused by TENANTS_TOKEN_STACKS=1, then makes cdktf record no creation stack, and the JSON stays the same', () => {
    // cdktf/lib/tokens/private/stack-trace.js is where every token constructor gets its trace (Intrinsic, Lazy).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const traces = require('cdktf/lib/tokens/private/stack-trace') as { captureStackTrace: () => string[] };
    const before = stackJson();
    expect(traces.captureStackTrace().length).toBeGreaterThan(0);

    expect(skipTokenCreationStacks({ TENANTS_TOKEN_STACKS: '1' })).toBe(false);
    expect(traces.captureStackTrace().length).toBeGreaterThan(0);

    expect(skipTokenCreationStacks({})).toBe(true);
    expect(traces.captureStackTrace()).toEqual([]);
    expect(stackJson()).toBe(before);
  });
});
