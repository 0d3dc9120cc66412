// Brings the matcher types (toHaveResource, toHaveResourceWithProperties, ...) into every test file's type check.
import type {} from 'cdktf/lib/testing/adapters/jest';
import { skipTokenCreationStacks } from '../stacks/token-stack-traces';

/** The matchers cdktf's `Testing.setupJest()` adds (node_modules/cdktf/lib/testing/adapters/jest.js). */
const CDKTF_MATCHERS = [
  'toHaveResource',
  'toHaveResourceWithProperties',
  'toHaveDataSource',
  'toHaveDataSourceWithProperties',
  'toHaveProvider',
  'toHaveProviderWithProperties',
  'toBeValidTerraform',
  'toPlanSuccessfully',
] as const;
type Matcher = (this: jest.MatcherContext, ...args: unknown[]) => jest.CustomMatcherResult;

let cdktfMatchers: Record<string, Matcher> | undefined;
/** cdktf's matchers, loaded on first use: cdktf takes a while to load, and most test files never call them. */
function loadCdktfMatchers(): Record<string, Matcher> {
  if (!cdktfMatchers) {
    const captured: Record<string, Matcher> = {};
    const g = globalThis as unknown as { expect: typeof expect };
    const real = g.expect;
    // setupJest hands its matchers to expect.extend; take them from there instead.
    g.expect = Object.assign(Object.create(real) as typeof expect, { extend: (matchers: Record<string, Matcher>) => Object.assign(captured, matchers) });
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('cdktf/lib/testing/adapters/jest') as { setupJest: () => void }).setupJest();
    } finally {
      g.expect = real;
    }
    cdktfMatchers = captured;
  }
  return cdktfMatchers;
}

expect.extend(
  Object.fromEntries(
    CDKTF_MATCHERS.map((name) => [
      name,
      function (this: jest.MatcherContext, ...args: unknown[]) {
        return loadCdktfMatchers()[name].apply(this, args);
      },
    ]),
  ),
);

// Tests synthesize as the tool's entry points do: without cdktf's stack trace per token (stacks/token-stack-traces.ts).
skipTokenCreationStacks();
