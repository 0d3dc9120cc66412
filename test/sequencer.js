// Runs the longest test files first, so a fresh clone (no jest timing cache yet) does not start them last and wait on
// them alone at the end; then jest's own order (its cache of durations, then file size).
const Sequencer = require('@jest/test-sequencer').default;

/** Test files that take the longest (terraform plans, the packed package, generated tenant files), longest first. */
const SLOW_FIRST = [
  'test/terraform-plan/aws-plan.test.ts',
  'test/package/built-package.test.ts',
  'test/model/tenant-files.property.test.ts',
  'test/policy/secure-by-default.test.ts',
  'test/stacks/determinism.test.ts',
];

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (t) => {
      const i = SLOW_FIRST.findIndex((p) => t.path.endsWith(p));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    const sorted = super.sort(tests);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
