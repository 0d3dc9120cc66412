import { readSynthFolder } from '../../../commands/review/folder';
import { ReviewReportSchema } from '../../../commands/review/model';
import { reviewSynths } from '../../../commands/review/review';
import { loadTenants } from '../../../lib/model/load';
import { tiers } from '../../../tiers';
import { awsStack, costJson, removeScratch, synthFolder, tenantFiles } from './fixtures';

afterAll(removeScratch);

const sliceOf = (pool: string) => ({ pool: { value: pool } });
const poolOutput = (...tenants: string[]) => ({ tenants: { value: tenants } });
const slice = awsStack({ aws_s3_bucket: { data: {} }, postgresql_database: { db: { name: 'bolt' } } }, { output: sliceOf('pool-aws-us-east-1') });
const shareCost = (id: string, share: number) =>
  costJson(id, [
    { address: 'aws_s3_bucket.data', type: 'aws_s3_bucket', monthlyCost: 2 },
    { address: 'pool.pool-aws-us-east-1', type: 'pool_share', monthlyCost: share },
  ]);

/**
 * Base: a pool with tenants a and b (slices), and a silo c. Head: a moves to a silo (over its budget), the pool grows
 * a queue and keeps b, whose JSON is unchanged but whose share grows; c is gone.
 */
function scenario() {
  const base = synthFolder({
    'pool-aws-us-east-1': { json: awsStack({ aws_kms_key: { key: {} } }, { output: poolOutput('acme', 'bolt') }), cost: costJson('pool', [{ address: 'aws_kms_key.key', type: 'aws_kms_key', monthlyCost: 400 }]) },
    'tenant-acme': { json: { ...slice, resource: { postgresql_database: { db: { name: 'acme' } } } }, cost: shareCost('acme', 100) },
    'tenant-bolt': { json: slice, cost: shareCost('bolt', 100) },
    'tenant-cyan': { json: awsStack({ aws_eks_cluster: { cluster: {} } }) },
  });
  const head = synthFolder({
    'pool-aws-us-east-1': {
      json: awsStack({ aws_kms_key: { key: {} }, aws_sqs_queue: { jobs: {} } }, { output: poolOutput('bolt') }),
      cost: costJson('pool', [{ address: 'aws_kms_key.key', type: 'aws_kms_key', monthlyCost: 450 }]),
    },
    'tenant-acme': {
      json: awsStack({ aws_sqs_queue: { jobs: {} }, aws_kms_key: { key: {} } }, { output: { cluster_name: { value: 'acme' } } }),
      cost: costJson('acme', [{ address: 'aws_eks_cluster.cluster', type: 'aws_eks_cluster', monthlyCost: 3500 }]),
    },
    'tenant-acme-workloads': { json: awsStack({ kubernetes_namespace_v1: { ns: {} } }) },
    'tenant-bolt': { json: slice, cost: shareCost('bolt', 150) },
  });
  const dir = tenantFiles({
    acme: 'id: acme\ntier: premium\ncloud: aws\nregion: us-east-1\n',
    bolt: 'id: bolt\ntier: standard\ncloud: aws\nregion: us-east-1\n',
  });
  const tenants = loadTenants({ dir, catalogue: tiers });
  return reviewSynths(readSynthFolder(base, 'base'), readSynthFolder(head, 'head'), { tenants, tenantsDir: 'tenants' });
}

describe('reviewSynths', () => {
  const report = scenario();

  it('produces a report of the schema', () => {
    expect(ReviewReportSchema.safeParse(report).success).toBe(true);
  });

  it('compares every stack of both sides, sorted', () => {
    expect(report.stacks.map((s) => [s.name, s.kind, s.change])).toEqual([
      ['pool-aws-us-east-1', 'pool', 'changed'],
      ['tenant-acme', 'tenant', 'changed'],
      ['tenant-acme-workloads', 'workloads', 'added'],
      ['tenant-bolt', 'tenant', 'unchanged'],
      ['tenant-cyan', 'tenant', 'removed'],
    ]);
    expect(report.summary.stacks).toEqual({ added: 1, changed: 2, removed: 1, unchanged: 1 });
    expect(report.summary.resources).toEqual({ added: 4, changed: 0, removed: 2 });
  });

  it('takes costs per stack and totals each pool once', () => {
    const cost = (name: string) => report.stacks.find((s) => s.name === name)!.cost;
    expect(cost('tenant-bolt')).toMatchObject({ deltaUsd: 50, base: { monthlyUsd: 102, poolShareUsd: 100 }, head: { monthlyUsd: 152, poolShareUsd: 150 } });
    expect(cost('tenant-cyan')).toMatchObject({ base: { monthlyUsd: 73, source: 'estimate' }, deltaUsd: -73 });
    expect(cost('tenant-cyan').head).toBeUndefined();
    // base: pool 400 + own 2 + 2 + silo 73; head: pool 450 + silo 3500 + workloads 0 + own 2.
    expect(report.summary.cost).toEqual({ baseUsd: 477, headUsd: 3952, deltaUsd: 3475 });
  });

  it("checks tenant stacks against their tier's budget, when their tenant file is there", () => {
    expect(report.stacks.find((s) => s.name === 'tenant-acme')!.cost.budget).toEqual({ tenantId: 'acme', tier: 'premium', status: 'over', budgetUsd: 3000, percent: expect.closeTo(116.67, 2) });
    expect(report.stacks.find((s) => s.name === 'tenant-bolt')!.cost.budget).toMatchObject({ status: 'ok', budgetUsd: 400 });
    expect(report.stacks.find((s) => s.name === 'tenant-cyan')!.cost.budget).toBeUndefined();
    expect(report.summary.overBudget).toEqual(['acme']);
    expect(report.notes).toEqual(['No tenant file in tenants for `cyan`: their stacks are checked with the baseline pack only, without a budget.']);
  });

  it('flags the move and the removals that destroy data', () => {
    expect(report.moves.map((m) => [m.tenantId, m.kind, m.fromPool])).toEqual([['acme', 'pool-to-silo', 'pool-aws-us-east-1']]);
    expect(report.dataDestroys).toEqual([
      { stack: 'tenant-acme', address: 'postgresql_database.db', type: 'postgresql_database', kind: 'database', stackRemoved: false },
      { stack: 'tenant-cyan', address: 'aws_eks_cluster.cluster', type: 'aws_eks_cluster', kind: 'cluster', stackRemoved: true },
    ]);
  });

  it('reports findings new in head, not those both sides share', () => {
    expect(report.findings.new.map((f) => [f.stack, f.ruleId, f.address])).toEqual([['tenant-acme', 'aws-kms-key-rotation', 'aws_kms_key.key']]);
    // The removed silo's findings are resolved; the pool's key rotation warning is on both sides.
    expect(new Set(report.findings.resolved.map((f) => `${f.stack} ${f.address}`))).toEqual(new Set(['tenant-cyan aws_eks_cluster.cluster']));
    expect(report.findings.resolved.map((f) => f.ruleId)).toContain('aws-eks-workload-identity');
    expect(report.summary.findings).toMatchObject({ newErrors: 0, newWarnings: 1, suppressed: 0 });
  });

  it('says when there are no tenant files at all', () => {
    const dir = synthFolder({ 'tenant-acme': { json: awsStack({}) } });
    const r = reviewSynths(readSynthFolder(dir, 'base'), readSynthFolder(dir, 'head'));
    expect(r.notes).toEqual(['No tenant files (tenants): every stack is checked with the baseline pack only, and no budget is shown.']);
    expect(r.summary.stacks).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 1 });
  });
});
