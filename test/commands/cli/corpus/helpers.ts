/**
 * Helpers of the bad-input corpus: one fixture per kind of careless input, each run through the `tenants` CLI in a scratch
 * folder (`DIR` in commands and messages). `expected` is the whole of stderr, line for line.
 */

import { LOW_FREE_BUDGET_FILES } from '../../../util';

/** One kind of bad input. */
export interface BadInput {
  /** What a careless user did. */
  readonly kind: string;
  /** Files of the scratch folder, by path; `null` makes a named pipe. */
  readonly files: Readonly<Record<string, string | Uint8Array | null>>;
  /** `tenants` arguments; `DIR` is the scratch folder. */
  readonly argv: readonly string[];
  /** The exit code the command documents for it. */
  readonly exit: number;
  /** All of stderr, one entry per line, `DIR` for the scratch folder. */
  readonly expected: readonly string[];
  /**
   * Permissions to take away (`chmod`), by path under the scratch folder. The command then runs in a child process as
   * an unprivileged user, since root reads and writes anything. @default - none, the command runs in the test process
   */
  readonly chmod?: Readonly<Record<string, number>>;
}

export const VALID = 'id: acme\ntier: premium\ncloud: aws\nregion: us-east-1\n';
export const BETA = 'id: beta\ntier: premium\ncloud: aws\nregion: us-east-1\n';
/** The usage CSV header (commands/recommend/usage.ts usageCsvColumns). */
export const USAGE_COLUMNS = 'period.start,period.end,id,cpu.p95Cores,cpu.maxCores,memory.p95GiB,memory.maxGiB,storage.usedGb,database.cpuP95Percent,database.storageUsedGb,database.connectionsP95,cache.memoryP95Percent';
export const validate = ['validate', '--tenants-dir', 'DIR/tenants'];
export const synth = ['synth', '--tenants-dir', 'DIR/tenants', '--out', 'DIR/cdktf.out'];
export const list = ['list', '--tenants-dir', 'DIR/tenants'];
export const acme = (rest: string) => `${VALID}${rest}`;
export const t = (files: Record<string, string | Uint8Array | null>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [`tenants/${k}`, v]));

/** A tenant with `n` tags on AWS. */
export function tagged(n: number): string {
  return `${VALID}tags:\n${Array.from({ length: n }, (_, i) => `  k${i}: v${i}\n`).join('')}`;
}

/**
 * A free tenant pooled with a standard tenant whose GDPR/SOC 2 claims and sizes make the Azure pool dear, under a
 * free tier the platform team redefined at 100 USD a month everywhere (a plugin: the built-in budget holds).
 */
export const OVER_BUDGET = t({
  ...LOW_FREE_BUDGET_FILES,
  'acme.yaml': 'id: acme\ntier: free\ncloud: azure\nregion: westeurope\n',
  'beta.yaml': 'id: beta\ntier: standard\ncloud: azure\nregion: westeurope\ncompliance: [gdpr, soc2]\noverrides:\n  storageGb: 200\n  database:\n    storageGb: 100\n    backupRetentionDays: 35\n',
});

export const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');
