import type { z } from 'zod';

/**
 * A mistake in user input (a tenant file, a tier, a CLI argument). The CLI prints its message, without a
 * stack trace, and exits non-zero.
 */
export class SpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpecError';
  }
}

/** Several input mistakes reported together, so a user fixes them in one pass. */
export class SpecErrors extends SpecError {
  constructor(readonly errors: readonly SpecError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'SpecErrors';
  }
}

/** Renders a dotted field path: `overrides.nodes.max`, `compliance[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** One line per zod issue: `  - field: message`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `  - ${fieldPath(i.path) || '(root)'}: ${i.message}`).join('\n');
}
