/**
 * Provider version constraints (`required_providers`, a plan's `version_constraint`) read for what rules need: which
 * major version of a provider a configuration runs with, when its constraints pin one.
 */

/** `1.2.3` -> [1, 2, 3]; undefined when not a version. */
function parts(version: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(version.trim());
  return m ? [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number) : undefined;
}

/**
 * The major version every version allowed by a constraint shares (`~> 4.0`, `>= 3.50, < 4.0`, `= 5.100.0`,
 * `5.100.0`, `~> 6`), or undefined when the constraint allows several majors (`>= 4.0`) or cannot be read.
 */
export function constrainedMajor(constraint: string | undefined): number | undefined {
  if (constraint === undefined || constraint.trim() === '') return undefined;
  let low = 0;
  let high = Infinity; // exclusive bound on the major
  for (const clause of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(clause);
    const v = m ? parts(m[2]) : undefined;
    if (!m || !v) return undefined;
    const [major] = v;
    const minorOrPatch = v.slice(1).some((x) => x > 0);
    switch (m[1] ?? '=') {
      case '=':
        low = Math.max(low, major);
        high = Math.min(high, major + 1);
        break;
      case '~>':
        // `~> 4.1` allows 4.x from 4.1; `~> 4.1.2` allows 4.1.x; `~> 4` allows 4.x.
        low = Math.max(low, major);
        high = Math.min(high, major + 1);
        break;
      case '>=':
        low = Math.max(low, major);
        break;
      case '>':
        low = Math.max(low, v.length === 1 ? major + 1 : major);
        break;
      case '<':
        high = Math.min(high, minorOrPatch ? major + 1 : major);
        break;
      case '<=':
        high = Math.min(high, major + 1);
        break;
      case '!=':
        break;
    }
  }
  return high - low === 1 ? low : undefined;
}
