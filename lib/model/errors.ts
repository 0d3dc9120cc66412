import type { z } from 'zod';
import { describeIssue } from './issues';

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

/**
 * One self-contained line per zod issue: `<context>: <field>: <what it must be> (got <value>)`. Parse with
 * `{ reportInput: true }` so the lines can say what was given.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], context: string): string {
  return issues.map((i) => `${context}: ${fieldPath(i.path) || '(root)'}: ${describeIssue(i)}`).join('\n');
}

/** The problems of an input error: each of a SpecErrors, or its message. */
export function problemsOf(error: SpecError): string[] {
  return error instanceof SpecErrors ? error.errors.map((e) => e.message) : [error.message];
}

/**
 * Problems as printed: every line prefixed with `error: `, the lines of a multi-line problem too (a budget lists its
 * largest costs), so no line is left without saying what it is; blank lines are dropped.
 */
export function errorText(problems: readonly string[]): string {
  const lines = problems.flatMap((m) => m.split('\n')).filter((l) => l.trim() !== '');
  return lines.map((l) => `error: ${l}\n`).join('');
}
