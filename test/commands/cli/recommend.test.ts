import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../../commands/cli/main';
import { RECOMMEND_USAGE, runRecommend } from '../../../commands/cli/recommend';
import { RecommendReportSchema } from '../../../commands/recommend/report';
import { usageCsvColumns } from '../../../commands/recommend/usage';
import { scratchDir, REPO_ROOT } from '../../util';

const TENANTS = path.join(REPO_ROOT, 'tenants');
const EXAMPLE = path.join(REPO_ROOT, 'examples/usage.json');
const period = { start: '2026-04-01', end: '2026-05-01' };

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runRecommend(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const record = (id: string, cpu: [number, number]) => ({
  id,
  cpu: { p95Cores: cpu[0], maxCores: cpu[1] },
  memory: { p95GiB: 5, maxGiB: 6 },
  storage: { usedGb: 500 },
  database: { cpuP95Percent: 50, storageUsedGb: 50 },
});

/** A folder with one premium tenant (6.34 cores at its 2 nodes on AWS) and a usage file. */
function workspace(usage: unknown) {
  const dir = scratchDir({
    'tenants/acme.yaml': 'id: acme\ntier: premium\ncloud: aws\nregion: us-east-1\n',
    'usage.json': typeof usage === 'string' ? usage : JSON.stringify(usage),
  });
  return { dir, args: ['--usage', path.join(dir, 'usage.json'), '--tenants-dir', path.join(dir, 'tenants')] };
}

describe('tenants recommend', () => {
  it('exits 0 when every tenant fits', () => {
    const { dir, args } = workspace({ period, tenants: [record('acme', [3, 4])] });
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^acme\s+premium\s+fits\s+3\/6\.34 \(47%\)/m);
    expect(stdout).toContain('All 1 tenant(s) fit.');
    expect(stderr).toBe('');
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 1 when it recommends a change', () => {
    const { dir, args } = workspace({ period, tenants: [record('acme', [5.4, 6])] });
    const { code, stdout } = run([...args, '--format', 'json']);
    expect(code).toBe(1);
    expect(RecommendReportSchema.parse(JSON.parse(stdout)).tenants[0]).toMatchObject({ verdict: 'resize', summary: 'nodes.min 2 → 3, nodes.desired 2 → 3, nodes.max 4 → 5' });
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 2 with one line naming the file, the field and the fix for an invalid usage file', () => {
    const { dir, args } = workspace({ period, tenants: [record('acme', [-1, 6])] });
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tenants recommend: .*usage\.json: tenants\[0\]\.cpu\.p95Cores: expected a number ≥ 0 \(got -1\)\n$/);
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 2 for a record of an unknown tenant, naming the id and the tenants folder', () => {
    const { dir, args } = workspace({ period, tenants: [record('acme', [3, 4]), record('wayne', [1, 2])] });
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tenants recommend: .*usage\.json: tenants\[1\]\.id: no tenant 'wayne' in .*tenants\/ \(known: acme\); fix the id, remove the record or pass the right --tenants-dir\n$/);
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 2 for a missing --usage, a missing file, text that is not JSON, a bad --tenant, a bad tenant folder and a bad format', () => {
    const { dir, args } = workspace('{ "period": ');
    expect(run([])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tenants recommend: --usage <file> is required: the usage export to compare tenants with (format in docs/recommend.md); see tenants recommend --help\n',
    });
    expect(run(['--usage', path.join(dir, 'nope.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/nope\.json: cannot read the usage file \(ENOENT\); check the path given to --usage\n$/) });
    expect(run(args)).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage\.json: not valid JSON \(.*\); fix the syntax\n$/) });
    fs.writeFileSync(path.join(dir, 'usage.json'), JSON.stringify({ period, tenants: [record('acme', [3, 4])] }));
    expect(run([...args, '--tenant', 'globex'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^tenants recommend: --tenant 'globex': no tenant with that id in .*tenants\/ \(known: acme\); fix the id\n$/) });
    expect(run(['--usage', path.join(dir, 'usage.json'), '--tenants-dir', path.join(dir, 'nowhere')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^tenants recommend: tenant folder '.*nowhere' does not exist/),
    });
    fs.writeFileSync(path.join(dir, 'tenants', 'bad.yaml'), 'id: bad\ntier: premium\ncloud: aws\nregion: us-east-1\noverrides: { nodes: { max: 40 } }\n');
    expect(run(args)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^tenants recommend: tenant 'bad' \(.*bad\.yaml:5\): overrides\.nodes\.max 40 exceeds the premium tier bound 6/) });
    expect(run([...args, '--format', 'xml'])).toEqual({ code: 2, stdout: '', stderr: "tenants recommend: --format 'xml' is not one of: table, json, markdown\n" });
    for (const r of [run([]), run(args)]) expect(r.stderr).not.toMatch(/\n\s+at /);
    fs.rmSync(dir, { recursive: true });
  });

  it('prints its usage with --help, and is a command of tenants', async () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: RECOMMEND_USAGE, stderr: '' });
    expect(RECOMMEND_USAGE).toMatch(/^Usage: tenants recommend --usage <file> /);
    let out = '';
    expect(await main(['recommend', '-h'], { stdout: (s) => (out += s), stderr: () => undefined })).toBe(0);
    expect(out).toBe(RECOMMEND_USAGE);
    out = '';
    await main(['--help'], { stdout: (s) => (out += s), stderr: () => undefined });
    expect(out).toMatch(/^ {2}recommend\s+rightsizing from usage data/m);
  });
});

describe('tenants recommend on examples/usage.json', () => {
  const result = run(['--usage', EXAMPLE, '--tenants-dir', TENANTS, '--format', 'json']);
  const report = RecommendReportSchema.parse(JSON.parse(result.stdout));
  const byId = Object.fromEntries(report.tenants.map((t) => [t.id, t]));

  it('assesses every example tenant and exits 1 for the changes it recommends', () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(Object.fromEntries(report.tenants.map((t) => [t.id, t.verdict]))).toEqual({
      acme: 'resize',
      aviato: 'fits',
      contoso: 'fits',
      globex: 'fits',
      hooli: 'tier-down',
      initech: 'fits',
      initrode: 'fits',
      piedpiper: 'fits',
      umbrella: 'tier-up',
    });
    expect(report.notAssessed).toEqual([]);
  });

  it('gives more nodes to acme, moves umbrella to a silo and hooli down a tier, with the cost of each', () => {
    expect(byId.acme.change?.yaml).toBe('overrides:\n  nodes: { min: 3, desired: 3, max: 6 }\n');
    expect(byId.acme.cost.deltaUsd).toBeGreaterThan(0);
    expect(byId.umbrella.change?.yaml).toBe('tier: premium\n');
    expect(byId.umbrella.migration).toMatchObject({ from: 'pooled', to: 'siloed' });
    expect(byId.umbrella.cost.deltaUsd).toBeGreaterThan(0);
    expect(byId.hooli.change?.yaml).toBe('tier: premium\noverrides:\n  database: { storageGb: 500 }\n');
    expect(byId.hooli.cost.deltaUsd).toBeLessThan(0);
    for (const t of [byId.acme, byId.umbrella, byId.hooli]) expect(t.cost.after?.budgetStatus).toBe('ok');
    expect(byId.globex.cost.after).toBeUndefined();
  });

  it('reads the same export as CSV to the same verdicts', () => {
    const json = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
    const columns = usageCsvColumns();
    const cell = (t: Record<string, unknown>, column: string) => {
      const value = column.startsWith('period.') ? json.period[column.slice(7)] : column.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], t);
      return value === undefined ? '' : String(value);
    };
    const csv = [columns.join(','), ...json.tenants.map((t: Record<string, unknown>) => columns.map((c) => cell(t, c)).join(','))].join('\n');
    const dir = scratchDir({ 'usage.csv': csv });
    const fromCsv = run(['--usage', path.join(dir, 'usage.csv'), '--tenants-dir', TENANTS, '--format', 'json']);
    expect(fromCsv.code).toBe(1);
    expect(RecommendReportSchema.parse(JSON.parse(fromCsv.stdout)).tenants.map((t) => [t.id, t.verdict])).toEqual(report.tenants.map((t) => [t.id, t.verdict]));
    fs.rmSync(dir, { recursive: true });
  });

  it('prints the markdown for a pull request with the YAML to apply', () => {
    const md = run(['--usage', EXAMPLE, '--tenants-dir', TENANTS, '--format', 'markdown', '--tenant', 'umbrella,hooli']);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('### hooli: tier-down');
    expect(md.stdout).toContain('```yaml\ntier: premium\noverrides:\n  database: { storageGb: 500 }\n```');
    expect(md.stdout).toContain('(docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo)');
    expect(md.stdout).not.toContain('| acme |');
  });
});
