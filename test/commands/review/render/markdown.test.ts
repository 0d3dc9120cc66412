import { REVIEW_MARKER, renderReviewMarkdown, signedMoney } from '../../../../commands/review/render/markdown';
import { sampleReport } from '../sample-report';

describe('signedMoney', () => {
  it('signs deltas and rounds half a cent to zero', () => {
    expect(signedMoney(1234.5)).toBe('+1,234.50');
    expect(signedMoney(-12)).toBe('-12.00');
    expect(signedMoney(0.004)).toBe('0.00');
  });
});

describe('renderReviewMarkdown', () => {
  const md = renderReviewMarkdown(sampleReport());
  const lines = md.split('\n');

  it('opens with the marker, a heading and the one-line summary', () => {
    expect(lines.slice(0, 4)).toEqual([
      REVIEW_MARKER,
      '## Infrastructure review',
      '',
      '**3 stacks changed** (1 added, 1 changed, 1 removed; 2 unchanged) · resources **+3 ~1 -3** · replacements not known (no plans) · monthly cost **402.30 → 1,765.19 USD (+1,362.89)** · new findings: **1 error, 0 warnings** (1 resolved)',
    ]);
  });

  it('has a row per changed stack, and unchanged stacks whose cost moved, then the total', () => {
    const table = lines.slice(lines.indexOf('| Stack | Change | Resources + ~ - | Monthly USD base → head (Δ) | Budget |'));
    expect(table.slice(0, 7)).toEqual([
      '| Stack | Change | Resources + ~ - | Monthly USD base → head (Δ) | Budget |',
      '|---|---|---|--:|---|',
      '| `pool-aws-us-east-1` | removed | +0 ~0 -1 | 400.00 → – (-400.00) | – |',
      '| `tenant-acme` | changed | +2 ~1 -2 | 152.30 → 1,765.19 (+1,612.89) | ok 58.8% of 3,000.00 (premium) |',
      '| `tenant-acme-workloads` | added | +1 ~0 -0 | – → 0.00† (0.00) | – |',
      '| `tenant-bolt` | unchanged | +0 ~0 -0 | 102.00 → 252.00 (+150.00) | **warn** 84.0% of 300.00 (standard) |',
      '| **Total** | | +3 ~1 -3 | **402.30 → 1,765.19 (+1,362.89)** | |',
    ]);
    expect(md).not.toContain('`zz-dns`');
  });

  it('warns about the move and the data-destroying removals', () => {
    expect(md).toContain(
      '> [!IMPORTANT]\n> **Tenant `acme` moves from pool `pool-aws-us-east-1` to its own silo.** `cdktf deploy tenant-acme` destroys the slice and creates the dedicated platform in the same state; data does not move by itself.\n>\n> Data to migrate:\n> - PostgreSQL database `acme`\n>\n> Deploy order:\n> 1. Export.\n> 2. `cdktf deploy tenant-acme`.\n>\n> Procedure: `docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo`\n',
    );
    expect(lines).toContain('> **Destroys data**: removing 2 resources that hold data. Export what must be kept first (or keep the resource).');
    expect(lines).toContain('> | `pool-aws-us-east-1` (stack removed) | `aws_db_instance.db` | database |');
    expect(lines).toContain('> | `tenant-acme` | `postgresql_database.db` | database |');
  });

  it('lists new findings (cells escaped), resolved ones and suppressions', () => {
    expect(lines).toContain('**New in head**: 1 error, 0 warnings');
    expect(lines).toContain(
      '| error | `tenant-acme` | `aws-eks-private-endpoint` | `aws_eks_cluster.cluster` (tenant-acme/platform/cluster) | public \\| endpoint [HIPAA 164.312(a)(1)] | Set endpoint_public_access = false |',
    );
    expect(lines).toContain('- warning `aws-rds-multi-az` on `aws_db_instance.db` in `pool-aws-us-east-1`');
    expect(lines).toContain('| `tenant-bolt` | `aws-s3-access-logging` | `aws_s3_bucket.logs` | the log bucket itself | 2027-06-30 |');
  });

  it('details each changed stack, removed first, marking data-destroying removals', () => {
    const start = lines.indexOf('<summary><code>tenant-acme</code> changed: +2 ~1 -2 resources</summary>');
    expect(lines.slice(start - 1, start + 20)).toEqual([
      '<details>',
      '<summary><code>tenant-acme</code> changed: +2 ~1 -2 resources</summary>',
      '',
      'Removed (2):',
      '',
      '- `postgresql_database.db`: **destroys data** (database)',
      '- `postgresql_role.role`',
      '',
      'Changed (1):',
      '',
      '- `aws_iam_role.workload`: `assume_role_policy`, `tags`',
      '',
      'Added (2):',
      '',
      '- `aws_eks_cluster.cluster`',
      '- `aws_vpc.main`',
      '',
      'other blocks changed: `output`',
      '',
      '</details>',
      '',
    ]);
    expect(md).not.toContain('<code>tenant-bolt</code>');
  });

  it('caps the addresses per stack and says how many more', () => {
    const capped = renderReviewMarkdown(sampleReport(), { maxAddressesPerStack: 3 }).split('\n');
    const start = capped.indexOf('<summary><code>tenant-acme</code> changed: +2 ~1 -2 resources</summary>');
    const body = capped.slice(start, capped.indexOf('</details>', start));
    expect(body.filter((l) => l.startsWith('- `'))).toHaveLength(3);
    expect(body).toContain('- … and 2 more (all are in `--format json`)');
  });

  it('ends with the notes and the cost footnote, and links the docs when given a base URL', () => {
    expect(lines).toContain('> No tenant file in tenants for `zz`: baseline only.');
    expect(md).toMatch(/<sub>Monthly USD: .*† estimated from its cdk.tf.json \(no cost.json\)\. A pooled tenant's row includes its pool share; totals count each pool once\.<\/sub>\n$/);
    const linked = renderReviewMarkdown(sampleReport(), { docsBaseUrl: 'https://example.com/tt/blob/main' });
    expect(linked).toContain('> Procedure: [docs/pools.md](https://example.com/tt/blob/main/docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo)');
  });

  it('warns about a tenant over budget in head', () => {
    const report = sampleReport();
    const stacks = report.stacks.map((s) => (s.name === 'tenant-bolt' ? { ...s, cost: { ...s.cost, budget: { ...s.cost.budget!, status: 'over' as const, percent: 105 } } } : s));
    const md = renderReviewMarkdown({ ...report, stacks, summary: { ...report.summary, overBudget: ['bolt'] } });
    expect(md).toContain('> [!CAUTION]\n> **Over budget**: tenant `bolt` (standard) is estimated at 252.00 USD/month, 105.0% of its budget of 300.00 USD; synth fails for it.\n');
    expect(md.split('\n')[3]).toMatch(/ · over budget: `bolt`$/);
  });

  it("shows Terraform's actions from plans: the summary, a column per stack, blockers with their cause, the actions per stack", () => {
    const report = sampleReport();
    const acme = report.stacks.find((s) => s.name === 'tenant-acme')!;
    const replaced = { address: 'aws_db_instance.db', type: 'aws_db_instance', action: 'replace' as const, replacePaths: ['engine'], actionReason: 'replace_because_cannot_update', createBeforeDestroy: false, stateful: 'database' as const };
    const updated = { address: 'aws_iam_role.workload', type: 'aws_iam_role', action: 'update' as const, replacePaths: [], createBeforeDestroy: false };
    const actions = { create: 0, update: 1, replace: 1, delete: 0, 'no-op': 4, read: 0, forget: 0 };
    acme.plan = { file: 'plans/tenant-acme.plan.json', actions, changes: [updated, replaced], mismatched: [] };
    report.blockers = [{ stack: 'tenant-acme', address: 'aws_db_instance.db', type: 'aws_db_instance', kind: 'database', action: 'replace', replacePaths: ['engine'], actionReason: 'replace_because_cannot_update', createBeforeDestroy: false }];
    report.summary.plans = { stacks: 1, missing: ['tenant-acme-workloads'], actions, blockers: 1 };
    const out = renderReviewMarkdown(report).split('\n');
    expect(out[3]).toContain(' · Terraform (1 plan): **+0 ~1 ±1 -0**, **1 stateful resource replaced or deleted** · ');
    expect(out).toContain('| Stack | Change | Resources + ~ - | Terraform + ~ ± - | Monthly USD base → head (Δ) | Budget |');
    expect(out).toContainEqual(expect.stringMatching(/^\| `tenant-acme` \| changed \| \+2 ~1 -2 \| \+0 ~1 ±1 -0 \| /));
    expect(out).toContainEqual(expect.stringMatching(/^\| `tenant-acme-workloads` \| added \| \+1 ~0 -0 \| no plan \| /));
    expect(out).toContain('> **Terraform replaces or deletes data**: head\'s plans destroy 1 stateful resource. A replacement starts empty; export what must be kept first, or change the configuration so Terraform can update in place.');
    expect(out).toContain('> | `tenant-acme` | `aws_db_instance.db` | database | **replace** | forced by `engine`; cannot be updated in place; destroyed first |');
    const details = out.indexOf('Terraform plan (2):');
    expect(out.slice(details, details + 4)).toEqual([
      'Terraform plan (2):',
      '',
      '- **replace** `aws_db_instance.db` **destroys data** (database): forced by `engine`; cannot be updated in place; destroyed first',
      '- update `aws_iam_role.workload`',
    ]);
  });

  it('says so when there are no new findings, and is the same for the same report', () => {
    const report = sampleReport();
    const clean = { ...report, findings: { ...report.findings, new: [] }, summary: { ...report.summary, findings: { ...report.summary.findings, newErrors: 0 } } };
    expect(renderReviewMarkdown(clean)).toContain('### Policy findings\n\nNo new findings.\n');
    expect(renderReviewMarkdown(sampleReport())).toBe(md);
  });
});
