import * as fs from 'fs';
import { z } from 'zod';
import { describeIssue, oneLine } from '../../lib/model/issues';
import { displayPath } from '../../lib/model/yaml-file';
import { fieldPath } from '../../lib/model/errors';

const AMOUNT = 'expected a number ≥ 0';
const PERCENT = 'expected a percent from 0 to 100';
const DATE = 'expected an ISO date (2026-04-01) or date-time (2026-04-01T00:00:00Z)';

const amount = (description: string) => z.number({ error: AMOUNT }).min(0, AMOUNT).describe(description);
const percent = (description: string) => z.number({ error: PERCENT }).min(0, PERCENT).max(100, PERCENT).describe(description);
const instant = (description: string) => z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: DATE }).describe(description);

/**
 * What one tenant used over the period, as exported from monitoring. CPU and memory are the tenant namespace's
 * (the same for pooled and siloed tenants); storage, database and cache are the tenant's own.
 */
export const TenantUsageRecordSchema = z
  .strictObject({
    id: z
      .string({ error: 'expected the tenant id (the id in tenants/<id>.yaml)' })
      .min(1, 'expected the tenant id (the id in tenants/<id>.yaml)')
      .describe('Tenant id, as in tenants/<id>.yaml'),
    cpu: z
      .strictObject({
        p95Cores: amount('95th percentile of the CPU the namespace used, cores'),
        maxCores: amount('Highest CPU the namespace used in the period, cores'),
      })
      .describe('CPU of the tenant namespace'),
    memory: z
      .strictObject({
        p95GiB: amount('95th percentile of the namespace working-set memory, GiB'),
        maxGiB: amount('Highest namespace working-set memory in the period, GiB'),
      })
      .describe('Memory of the tenant namespace'),
    storage: z
      .strictObject({ usedGb: amount('Storage in use at the end of the period: volumes plus object storage, GB') })
      .describe("The tenant's workload storage"),
    database: z
      .strictObject({
        cpuP95Percent: percent("95th percentile of the database server's CPU, percent"),
        storageUsedGb: amount('Database storage in use at the end of the period, GB'),
        connectionsP95: amount('95th percentile of open connections (optional)').optional(),
      })
      .describe("The tenant's database"),
    cache: z
      .strictObject({ memoryP95Percent: percent("95th percentile of the cache's memory use, percent") })
      .optional()
      .describe("The tenant's cache (optional)"),
  })
  .superRefine((t, ctx) => {
    const peak = (group: 'cpu' | 'memory', p95: number, max: number, unit: string) => {
      if (max < p95) {
        const [p, m] = group === 'cpu' ? ['p95Cores', 'maxCores'] : ['p95GiB', 'maxGiB'];
        ctx.addIssue({
          code: 'custom',
          path: [group, m],
          message: `${max} ${unit} is below ${group}.${p} ${p95}; the maximum cannot be below the 95th percentile (swapped columns?)`,
        });
      }
    };
    peak('cpu', t.cpu.p95Cores, t.cpu.maxCores, 'cores');
    peak('memory', t.memory.p95GiB, t.memory.maxGiB, 'GiB');
  });
export type TenantUsageRecord = z.infer<typeof TenantUsageRecordSchema>;

/** A usage export: the period it covers and one record per tenant. */
export const UsageExportSchema = z
  .strictObject({
    period: z
      .strictObject({
        start: instant('Start of the period the figures cover'),
        end: instant('End of the period'),
      })
      .describe('The period the percentiles and maxima were taken over'),
    tenants: z.array(TenantUsageRecordSchema).describe('One record per tenant'),
  })
  .superRefine((u, ctx) => {
    if (Date.parse(u.period.end) <= Date.parse(u.period.start)) {
      ctx.addIssue({ code: 'custom', path: ['period', 'end'], message: `${u.period.end} is not after period.start ${u.period.start}` });
    }
    const first = new Map<string, number>();
    u.tenants.forEach((t, i) => {
      const earlier = first.get(t.id);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['tenants', i, 'id'], message: `'${t.id}' is already listed at tenants[${earlier}]; give one record per tenant` });
      } else {
        first.set(t.id, i);
      }
    });
  });
export type UsageExport = z.infer<typeof UsageExportSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days the period covers (fractional for date-times). */
export function periodDays(period: UsageExport['period']): number {
  return (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS;
}

/** A usage file that cannot be used: each line names the file, the field and the fix. */
export class UsageInputError extends Error {
  override readonly name = 'UsageInputError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** One field of a tenant's usage record, from the schema: CSV column names and the documentation come from here. */
export interface UsageField {
  /** Dotted path, e.g. `cpu.p95Cores`: the JSON field and the CSV column. */
  readonly path: string;
  readonly description: string;
  readonly required: boolean;
}

/** Every leaf field of TenantUsageRecordSchema, in schema order. */
export function usageFields(): UsageField[] {
  const walk = (shape: Record<string, z.ZodType>, prefix: string, parentRequired: boolean): UsageField[] =>
    Object.entries(shape).flatMap(([key, schema]) => {
      const optional = schema instanceof z.ZodOptional;
      const inner = optional ? (schema.unwrap() as z.ZodType) : schema;
      const fieldName = prefix ? `${prefix}.${key}` : key;
      if (inner instanceof z.ZodObject) return walk(inner.shape as Record<string, z.ZodType>, fieldName, parentRequired && !optional);
      return [{ path: fieldName, description: schema.description ?? inner.description ?? '', required: parentRequired && !optional }];
    });
  return walk(TenantUsageRecordSchema.shape as Record<string, z.ZodType>, '', true);
}

/** CSV columns of the period, repeated on every row. */
export const CSV_PERIOD_COLUMNS = ['period.start', 'period.end'] as const;

/** The CSV header: the period columns, then one column per usage field. */
export function usageCsvColumns(): string[] {
  return [...CSV_PERIOD_COLUMNS, ...usageFields().map((f) => f.path)];
}

/**
 * Reads and validates a usage export: JSON, or CSV when the file name ends in `.csv`.
 * @throws UsageInputError naming the file, the field (JSON path or CSV line and column) and the fix.
 */
export function readUsageExport(file: string): UsageExport {
  const display = displayPath(file);
  let text: string;
  try {
    // Only a regular file is read: a named pipe or a device would block or never end.
    if (!fs.statSync(file).isFile()) throw new UsageInputError([`${display}: not a regular file; give the usage export file to --usage`]);
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UsageInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const fix = code === 'ENOENT' ? '; check the path given to --usage' : '';
    throw new UsageInputError([`${display}: cannot read the usage file (${code})${fix}`]);
  }
  if (text.includes('\u0000')) {
    throw new UsageInputError([`${display}: holds binary data (a NUL byte), not ${/\.csv$/i.test(file) ? 'CSV' : 'JSON'} text; export the usage as CSV or JSON`]);
  }
  return /\.csv$/i.test(file) ? parseUsageCsv(text, display) : parseUsageJson(text, display);
}

/**
 * Validates a usage export given as JSON text.
 * @param display the file name the messages start with
 * @throws UsageInputError
 */
export function parseUsageJson(text: string, display: string): UsageExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageInputError([`${display}: not valid JSON (${e instanceof Error ? e.message : String(e)}); fix the syntax`]);
  }
  return validate(raw, display, (p) => fieldPath(p) || '(root)');
}

function validate(raw: unknown, display: string, where: (path: readonly PropertyKey[]) => string): UsageExport {
  const result = UsageExportSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw new UsageInputError(
    result.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => `${display}: ${where([...issue.path, key])}: unknown field '${oneLine(key)}'; remove it or fix its spelling`);
      }
      return [`${display}: ${where(issue.path)}: ${describeIssue(issue)}`];
    }),
  );
}

/** A CSV number: plain decimal notation. Anything else stays text, so the schema names the field. */
const CSV_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Validates a usage export given as CSV: a header row of `usageCsvColumns()` (any order; optional columns may be
 * left out), one row per tenant, the period repeated on every row. Cells are plain (no quoting: ids and numbers
 * need none); an empty cell is an absent value.
 * @throws UsageInputError naming the line and column.
 */
export function parseUsageCsv(text: string, display: string): UsageExport {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, cells: line.split(',').map((c) => c.trim()) }))
    .filter((l) => l.cells.some((c) => c !== '') && !l.cells[0].startsWith('#'));
  const [header, ...rows] = lines;
  if (!header) throw new UsageInputError([`${display}: empty; give a header row (${usageCsvColumns().join(',')}) and one row per tenant`]);
  const known = new Set(usageCsvColumns());
  const required = [...CSV_PERIOD_COLUMNS, ...usageFields().filter((f) => f.required).map((f) => f.path)];
  const problems: string[] = [];
  const firstAt = new Map<string, number>();
  header.cells.forEach((column, i) => {
    if (!known.has(column)) problems.push(`${display}: line ${header.line}: unknown column '${oneLine(column)}'; the columns are: ${usageCsvColumns().join(', ')}`);
    const first = firstAt.get(column);
    if (first !== undefined) problems.push(`${display}: line ${header.line}: column '${oneLine(column)}' appears twice (columns ${first + 1} and ${i + 1}); keep one`);
    else firstAt.set(column, i);
  });
  for (const column of required) {
    if (!header.cells.includes(column)) problems.push(`${display}: line ${header.line}: column '${column}' is missing; add it to the header`);
  }
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      problems.push(`${display}: line ${row.line}: ${row.cells.length} cells for ${header.cells.length} columns; one value per column`);
    }
    if (row.cells.some((c) => c.includes('"'))) problems.push(`${display}: line ${row.line}: quoted cells are not supported; ids and numbers need no quotes`);
  }
  if (problems.length > 0) throw new UsageInputError(problems);

  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    header.cells.forEach((column, i) => {
      const cell = row.cells[i];
      if (cell === '' || cell === undefined) return;
      setPath(record, column.split('.'), column === 'id' || column.startsWith('period.') || !CSV_NUMBER.test(cell) ? cell : Number(cell));
    });
    return record;
  });
  const period = (records[0]?.period as Record<string, unknown> | undefined) ?? {};
  records.forEach((r, i) => {
    const own = (r.period as Record<string, unknown> | undefined) ?? {};
    for (const key of ['start', 'end']) {
      if (own[key] !== period[key]) {
        problems.push(`${display}: line ${rows[i].line}: period.${key} ${String(own[key] ?? '(empty)')} differs from line ${rows[0].line}'s ${String(period[key] ?? '(empty)')}; one export covers one period`);
      }
    }
    delete r.period;
  });
  if (problems.length > 0) throw new UsageInputError(problems);
  const where = (at: readonly PropertyKey[]) => {
    if (at[0] === 'tenants' && typeof at[1] === 'number' && rows[at[1]]) {
      return `line ${rows[at[1]].line}, ${fieldPath(at.slice(2)) || 'row'}`;
    }
    return `line ${rows[0]?.line ?? header.line}, ${fieldPath(at) || 'row'}`;
  };
  return validate({ period, tenants: records }, display, where);
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}
