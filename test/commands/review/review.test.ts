import { readSynthFolder } from '../../../commands/review/folder';
import { ReviewReportSchema } from '../../../commands/review/model';
import { reviewSynths } from '../../../commands/review/review';
import { loadTenants } from '../../../lib/model/load';
import { tiers } from '../../../tiers';
import { awsStack, costJson, planJson, plansFolder, removeScratch, synthFolder, tenantFiles } from './fixtures';

afterAll(removeScratch);

const NO_PLANS = expect.stringMatching(/^No plans for head: .*replacements .* are not known/);

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
    expect(report.notes).toEqual(['No tenant file in tenants for `cyan`: their stacks are checked with the baseline pack only, without a budget.', NO_PLANS]);
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
    expect(r.notes).toEqual(['No tenant files (tenants): every stack is checked with the baseline pack only, and no budget is shown.', NO_PLANS]);
    expect(r.summary.stacks).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 1 });
  });
});

describe('reviewSynths with plans', () => {
  // Head changes the database engine of tenant-acme (a replacement Terraform forces) and drops a bucket; the pool
  // is planned too (an in-place update); the new workloads stack has no plan.
  const db = awsStack({ aws_db_instance: { db: { engine: 'mysql' } }, aws_s3_bucket: { legacy: {} } });
  const base = synthFolder({
    'pool-aws-us-east-1': { json: awsStack({ aws_kms_key: { key: {} } }), plan: planJson([{ address: 'aws_kms_key.key', actions: ['update'] }]) },
    'tenant-acme': { json: db },
  });
  const head = synthFolder({
    'pool-aws-us-east-1': { json: awsStack({ aws_kms_key: { key: { description: 'pool key' } } }) },
    'tenant-acme': { json: awsStack({ aws_db_instance: { db: { engine: 'postgres' } } }) },
    'tenant-acme-workloads': { json: awsStack({ kubernetes_namespace_v1: { ns: {} } }) },
  });
  const headPlans = plansFolder({
    'tenant-acme': planJson([
      { address: 'aws_db_instance.db', actions: ['delete', 'create'], replace_paths: [['engine']], action_reason: 'replace_because_cannot_update' },
      { address: 'aws_s3_bucket.legacy', actions: ['delete'], action_reason: 'delete_because_no_resource_config' },
    ]),
    'pool-aws-us-east-1': planJson([{ address: 'aws_kms_key.key', actions: ['update'] }]),
    'tenant-gone': planJson([]),
  });
  const report = reviewSynths(readSynthFolder(base, 'base'), readSynthFolder(head, 'head', { plansDir: headPlans }));
  const stack = (name: string) => report.stacks.find((s) => s.name === name)!;

  it('produces a report of the schema', () => {
    expect(ReviewReportSchema.safeParse(report).success).toBe(true);
  });

  it("reports Terraform's own actions per stack, with the attribute that forces a replacement", () => {
    expect(stack('tenant-acme').plan!.actions).toMatchObject({ replace: 1, delete: 1, update: 0, create: 0 });
    expect(stack('tenant-acme').plan!.changes[0]).toMatchObject({ address: 'aws_db_instance.db', action: 'replace', replacePaths: ['engine'], stateful: 'database' });
    expect(stack('pool-aws-us-east-1').plan!.actions.update).toBe(1);
    expect(stack('tenant-acme-workloads').plan).toBeUndefined();
  });

  it('makes replacements and deletions of stateful resources blockers', () => {
    expect(report.blockers).toEqual([
      { stack: 'tenant-acme', address: 'aws_db_instance.db', type: 'aws_db_instance', kind: 'database', action: 'replace', replacePaths: ['engine'], actionReason: 'replace_because_cannot_update', createBeforeDestroy: false },
      { stack: 'tenant-acme', address: 'aws_s3_bucket.legacy', type: 'aws_s3_bucket', kind: 'bucket', action: 'delete', replacePaths: [], actionReason: 'delete_because_no_resource_config', createBeforeDestroy: false },
    ]);
    expect(report.summary.plans).toEqual({
      stacks: 2,
      missing: ['tenant-acme-workloads'],
      actions: { create: 0, update: 1, replace: 1, delete: 1, 'no-op': 0, read: 0, forget: 0 },
      blockers: 2,
    });
  });

  it("reads base's plan beside its cdk.tf.json and says that its pending changes are in head's plan", () => {
    expect(stack('pool-aws-us-east-1').basePlan!.actions.update).toBe(1);
    expect(report.notes).toContainEqual(expect.stringMatching(/^Base's plan of `pool-aws-us-east-1` is not empty: the deployed state differs from the base branch/));
    expect(report.notes).toContainEqual(`Plans in ${headPlans} for stacks head does not have were not used: \`tenant-gone\`.`);
    expect(report.notes).not.toContainEqual(NO_PLANS);
  });

  it('says when a plan was made from another synth', () => {
    const stale = plansFolder({ 'tenant-acme': planJson([{ address: 'aws_db_instance.other', actions: ['create'] }]) });
    const r = reviewSynths(readSynthFolder(base, 'base'), readSynthFolder(head, 'head', { plansDir: stale }));
    expect(r.stacks.find((s) => s.name === 'tenant-acme')!.plan!.mismatched).toEqual(['aws_db_instance.db', 'aws_db_instance.other']);
    expect(r.notes).toContainEqual(expect.stringMatching(/^The plan of `tenant-acme` does not match head's `cdk.tf.json`/));
  });

  it('without head plans, has no blockers and says replacements are not known', () => {
    const r = reviewSynths(readSynthFolder(base, 'base'), readSynthFolder(head, 'head'));
    expect(r.blockers).toEqual([]);
    expect(r.summary.plans).toBeUndefined();
    expect(r.notes).toContainEqual(NO_PLANS);
  });
});
