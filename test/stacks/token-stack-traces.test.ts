import { Testing } from 'cdktf';
import { TenantStack } from '../../stacks/tenant-stack';
import { FLEET_SETTINGS, settingsOf, tenantOf } from '../util';

/** A tenant stack's JSON, synthesized in this process. */
function stackJson(): string {
  const app = Testing.app();
  const stack = new TenantStack(app, { tenant: tenantOf({ tier: 'premium' }), settings: settingsOf(FLEET_SETTINGS), projectDir: app.outdir });
  return Testing.synth(stack);
}

describe('skipTokenCreationStacks', () => {
  it('is refused by TENANTS_TOKEN_STACKS=1, then makes cdktf record no creation stack, and the JSON stays the same', () => {
    // test/setup.ts skips the traces for every test file, as the tool's entry points do; a fresh module registry has
    // cdktf as it ships. cdktf/lib/tokens/private/stack-trace.js is where every token constructor (Intrinsic, Lazy)
    // gets its trace.
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const traces = require('cdktf/lib/tokens/private/stack-trace') as { captureStackTrace: () => string[] };
      const fresh = require('../../stacks/token-stack-traces') as typeof import('../../stacks/token-stack-traces');
      /* eslint-enable @typescript-eslint/no-require-imports */
      expect(traces.captureStackTrace().length).toBeGreaterThan(0);
      expect(fresh.skipTokenCreationStacks({ TENANTS_TOKEN_STACKS: '1' })).toBe(false);
      expect(traces.captureStackTrace().length).toBeGreaterThan(0);
      expect(fresh.skipTokenCreationStacks({})).toBe(true);
      expect(traces.captureStackTrace()).toEqual([]);
    });
  });

  it('leaves the synthesized JSON as it was', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const traces = require('cdktf/lib/tokens/private/stack-trace') as { captureStackTrace: () => string[] };
    const skipped = traces.captureStackTrace;
    const skippedJson = stackJson();
    expect(skipped()).toEqual([]);
    // cdktf's own capture, as it ships.
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      traces.captureStackTrace = (require('cdktf/lib/tokens/private/stack-trace') as typeof traces).captureStackTrace;
    });
    try {
      expect(traces.captureStackTrace().length).toBeGreaterThan(0);
      expect(stackJson()).toBe(skippedJson);
    } finally {
      traces.captureStackTrace = skipped;
    }
  });
});
