import * as fs from 'fs';
import * as path from 'path';
import {
  UsageExportSchema,
  parseUsageCsv,
  parseUsageJson,
  periodDays,
  readUsageExport,
  usageCsvColumns,
  usageFields,
} from '../../../commands/recommend/usage';
import { scratchDir, REPO_ROOT } from '../../util';
import { usageOf, usageProblems } from './fixtures';

const period = { start: '2026-04-01', end: '2026-05-01' };
const json = (value: unknown) => JSON.stringify(value);


describe('usage export schema', () => {
  it('accepts a complete export, with optional cache and connections', () => {
    const parsed = parseUsageJson(json({ period, tenants: [usageOf({ cache: 40, connections: 12 }), usageOf({}, 'globex')] }), 'usage.json');
    expect(parsed.tenants.map((t) => t.id)).toEqual(['acme', 'globex']);
    expect(parsed.tenants[0].cache).toEqual({ memoryP95Percent: 40 });
    expect(parsed.tenants[1].cache).toBeUndefined();
  });

  it('accepts date-times for the period and counts its days', () => {
    const p = { start: '2026-04-01T00:00:00Z', end: '2026-04-15T12:00:00Z' };
    expect(UsageExportSchema.safeParse({ period: p, tenants: [] }).success).toBe(true);
    expect(periodDays(p)).toBe(14.5);
  });

  it('names the file and JSON path of a negative number', () => {
    const tenants = [usageOf(), usageOf({}, 'b'), { ...usageOf({}, 'c'), cpu: { p95Cores: -1, maxCores: 2 } }];
    expect(usageProblems(() => parseUsageJson(json({ period, tenants }), 'usage.json'))).toEqual(['usage.json: tenants[2].cpu.p95Cores: expected a number ≥ 0 (got -1)']);
  });

  it('says a missing field is required, and names unknown fields and wrong types', () => {
    const noStorage: Record<string, unknown> = { ...usageOf() };
    delete noStorage.storage;
    const noMax = { ...usageOf({}, 'c'), memory: { p95GiB: 1 } };
    const tenants = [noStorage, { ...usageOf({}, 'b'), cpu: { p95Cores: '2', maxCores: 3, avg: 1 } }, noMax];
    expect(usageProblems(() => parseUsageJson(json({ period, tenants }), 'u.json'))).toEqual([
      'u.json: tenants[0].storage: is required',
      "u.json: tenants[1].cpu.p95Cores: expected a number ≥ 0 (got '2'); remove the quotes",
      "u.json: tenants[1].cpu.avg: unknown field 'avg'; remove it or fix its spelling",
      'u.json: tenants[2].memory.maxGiB: is required (expected a number ≥ 0)',
    ]);
  });

  it('rejects percentages above 100, a maximum below the p95, a reversed period and a tenant listed twice', () => {
    const tenants = [
      { ...usageOf({ dbCpu: 120 }) },
      { ...usageOf({ memory: [6, 4] }, 'b') },
      usageOf({}, 'acme'),
    ];
    expect(usageProblems(() => parseUsageJson(json({ period: { start: '2026-05-01', end: '2026-04-01' }, tenants }), 'u.json'))).toEqual([
      'u.json: tenants[0].database.cpuP95Percent: expected a percent from 0 to 100 (got 120)',
      'u.json: tenants[1].memory.maxGiB: 4 GiB is below memory.p95GiB 6; the maximum cannot be below the 95th percentile (swapped columns?)',
      'u.json: period.end: 2026-04-01 is not after period.start 2026-05-01',
      "u.json: tenants[2].id: 'acme' is already listed at tenants[0]; give one record per tenant",
    ]);
  });

  it('rejects a period that is not an ISO date, and text that is not JSON', () => {
    expect(usageProblems(() => parseUsageJson(json({ period: { start: 'April', end: '2026-05-01' }, tenants: [] }), 'u.json'))).toEqual([
      "u.json: period.start: expected an ISO date (2026-04-01) or date-time (2026-04-01T00:00:00Z) (got 'April')",
    ]);
    expect(usageProblems(() => parseUsageJson('{ "period": ', 'u.json'))[0]).toMatch(/^u\.json: not valid JSON \(.+\); fix the syntax$/);
  });
});

describe('readUsageExport', () => {
  it('reads JSON and CSV files, and names a missing file and the fix', () => {
    const dir = scratchDir({
      'usage.json': json({ period, tenants: [usageOf()] }),
      'usage.csv': ['period.start,period.end,id,cpu.p95Cores,cpu.maxCores,memory.p95GiB,memory.maxGiB,storage.usedGb,database.cpuP95Percent,database.storageUsedGb', '2026-04-01,2026-05-01,acme,3,4,5,6,500,50,50'].join('\n'),
    });
    expect(readUsageExport(path.join(dir, 'usage.json')).tenants[0].cpu.p95Cores).toBe(3);
    expect(readUsageExport(path.join(dir, 'usage.csv'))).toEqual({ period, tenants: [usageOf()] });
    expect(usageProblems(() => readUsageExport(path.join(dir, 'nope.json')))[0]).toMatch(/nope\.json: cannot read the usage file \(ENOENT\); check the path given to --usage$/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('CSV usage', () => {
  const header = usageCsvColumns().join(',');

  it('has one column per schema field, after the period', () => {
    expect(usageCsvColumns()).toEqual([
      'period.start',
      'period.end',
      'id',
      'cpu.p95Cores',
      'cpu.maxCores',
      'memory.p95GiB',
      'memory.maxGiB',
      'storage.usedGb',
      'database.cpuP95Percent',
      'database.storageUsedGb',
      'database.connectionsP95',
      'cache.memoryP95Percent',
    ]);
  });

  it('reads optional columns as absent when empty, skips comments and blank lines', () => {
    const text = [`# exported 2026-05-02`, header, '2026-04-01,2026-05-01,acme,3,4,5,6,500,50,50,12,40', '', '2026-04-01,2026-05-01,b,3,4,5,6,500,50,50,,'].join('\r\n');
    const parsed = parseUsageCsv(text, 'u.csv');
    expect(parsed.tenants[0]).toEqual(usageOf({ connections: 12, cache: 40 }));
    expect(parsed.tenants[1]).toEqual(usageOf({}, 'b'));
  });

  it('names the line and column of a bad cell', () => {
    const text = [header, '2026-04-01,2026-05-01,acme,3,4,5,6,500,50,50,,', '2026-04-01,2026-05-01,b,three,4,5,6,500,50,50,,'].join('\n');
    expect(usageProblems(() => parseUsageCsv(text, 'u.csv'))).toEqual(["u.csv: line 3, cpu.p95Cores: expected a number ≥ 0 (got 'three')"]);
  });

  it('names unknown and missing columns, ragged rows, quotes and differing periods', () => {
    expect(usageProblems(() => parseUsageCsv('id,cpu.p95Cores,colour\nacme,1,red', 'u.csv'))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^u\.csv: line 1: unknown column 'colour'; the columns are: period\.start, /),
        "u.csv: line 1: column 'period.start' is missing; add it to the header",
        "u.csv: line 1: column 'memory.p95GiB' is missing; add it to the header",
      ]),
    );
    const ragged = [header, '2026-04-01,2026-05-01,acme,3'].join('\n');
    expect(usageProblems(() => parseUsageCsv(ragged, 'u.csv'))).toEqual(['u.csv: line 2: 4 cells for 12 columns; one value per column']);
    const quoted = [header, '2026-04-01,2026-05-01,"acme",3,4,5,6,500,50,50,,'].join('\n');
    expect(usageProblems(() => parseUsageCsv(quoted, 'u.csv'))).toEqual(['u.csv: line 2: quoted cells are not supported; ids and numbers need no quotes']);
    const periods = [header, '2026-04-01,2026-05-01,acme,3,4,5,6,500,50,50,,', '2026-04-02,2026-05-01,b,3,4,5,6,500,50,50,,'].join('\n');
    expect(usageProblems(() => parseUsageCsv(periods, 'u.csv'))).toEqual([
      "u.csv: line 3: period.start 2026-04-02 differs from line 2's 2026-04-01; one export covers one period",
    ]);
    expect(usageProblems(() => parseUsageCsv('\n', 'u.csv'))[0]).toMatch(/^u\.csv: empty; give a header row/);
  });
});

describe('usageFields', () => {
  it('lists every field with its description and whether it is required', () => {
    const fields = usageFields();
    expect(fields.find((f) => f.path === 'cpu.p95Cores')).toEqual({ path: 'cpu.p95Cores', description: expect.stringMatching(/95th percentile/), required: true });
    expect(fields.find((f) => f.path === 'database.connectionsP95')?.required).toBe(false);
    expect(fields.find((f) => f.path === 'cache.memoryP95Percent')?.required).toBe(false);
    expect(fields.every((f) => f.description.length > 0)).toBe(true);
  });

  it('are all documented in the field table of docs/recommend.md', () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs/recommend.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## The usage format'), doc.indexOf('## Exporting the figures'));
    const documented = [...section.matchAll(/^\| `([a-zA-Z0-9.]+)` \| (yes|no) \|/gm)].map((m) => [m[1], m[2] === 'yes']);
    const fields = usageFields().map((f) => [f.path, f.required]);
    expect(documented).toEqual([['period.start', true], ['period.end', true], ...fields]);
  });
});
