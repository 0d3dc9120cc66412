import type { ReviewReport, StackReview } from '../../../commands/review/model';
import { MOVE_DOCS } from '../../../commands/review/moves';

const none = { added: [], removed: [], changed: [], unchanged: 0 };
const noProviders = { added: [], removed: [], changed: [] };

function stack(s: Partial<StackReview> & Pick<StackReview, 'name' | 'kind' | 'change' | 'cost'>): StackReview {
  return { resources: none, data: none, providers: noProviders, otherBlocks: [], ...s };
}

/** A small review: acme moves from the pool to a silo; the pool is removed; bolt's share grows; dns is unchanged. */
export function sampleReport(): ReviewReport {
  const cs = (monthlyUsd: number, poolShareUsd = 0, source: 'cost.json' | 'estimate' = 'cost.json') => ({ monthlyUsd, poolShareUsd, source, notFullyPriced: 0 });
  return {
    version: 1,
    base: 'base.out',
    head: 'cdktf.out',
    summary: {
      stacks: { added: 1, changed: 1, removed: 1, unchanged: 2 },
      resources: { added: 3, changed: 1, removed: 3 },
      cost: { baseUsd: 402.3, headUsd: 1765.19, deltaUsd: 1362.89 },
      findings: { newErrors: 1, newWarnings: 0, resolved: 1, suppressed: 1 },
      overBudget: [],
    },
    stacks: [
      stack({
        name: 'pool-aws-us-east-1',
        kind: 'pool',
        change: 'removed',
        resources: { added: [], removed: ['aws_db_instance.db'], changed: [], unchanged: 0 },
        providers: { added: [], removed: ['aws'], changed: [] },
        cost: { base: cs(400), deltaUsd: -400 },
      }),
      stack({
        name: 'tenant-acme',
        kind: 'tenant',
        tenantId: 'acme',
        change: 'changed',
        resources: {
          added: ['aws_eks_cluster.cluster', 'aws_vpc.main'],
          removed: ['postgresql_database.db', 'postgresql_role.role'],
          changed: [{ address: 'aws_iam_role.workload', attributes: ['assume_role_policy', 'tags'] }],
          unchanged: 4,
        },
        otherBlocks: ['output'],
        cost: { base: cs(152.3, 150), head: cs(1765.19), deltaUsd: 1612.89, budget: { tenantId: 'acme', tier: 'premium', status: 'ok', budgetUsd: 3000, percent: 58.8397 } },
      }),
      stack({ name: 'tenant-acme-workloads', kind: 'workloads', tenantId: 'acme', change: 'added', resources: { ...none, added: ['kubernetes_namespace_v1.ns'] }, cost: { head: cs(0, 0, 'estimate'), deltaUsd: 0 } }),
      stack({ name: 'tenant-bolt', kind: 'tenant', tenantId: 'bolt', change: 'unchanged', cost: { base: cs(102, 100), head: cs(252, 250), deltaUsd: 150, budget: { tenantId: 'bolt', tier: 'standard', status: 'warn', budgetUsd: 300, percent: 84 } } }),
      stack({ name: 'zz-dns', kind: 'other', change: 'unchanged', cost: { base: cs(1), head: cs(1), deltaUsd: 0 } }),
    ],
    dataDestroys: [
      { stack: 'pool-aws-us-east-1', address: 'aws_db_instance.db', type: 'aws_db_instance', kind: 'database', stackRemoved: true },
      { stack: 'tenant-acme', address: 'postgresql_database.db', type: 'postgresql_database', kind: 'database', stackRemoved: false },
    ],
    blockers: [],
    moves: [
      {
        tenantId: 'acme',
        stack: 'tenant-acme',
        kind: 'pool-to-silo',
        fromPool: 'pool-aws-us-east-1',
        migrate: ['PostgreSQL database `acme`'],
        steps: ['Export.', '`cdktf deploy tenant-acme`.'],
        docs: MOVE_DOCS,
      },
    ],
    findings: {
      new: [
        {
          stack: 'tenant-acme',
          ruleId: 'aws-eks-private-endpoint',
          level: 'error',
          address: 'aws_eks_cluster.cluster',
          path: 'tenant-acme/platform/cluster',
          message: 'public | endpoint',
          fix: 'Set endpoint_public_access = false',
          controls: ['HIPAA 164.312(a)(1)'],
          text: 'policy aws-eks-private-endpoint: ...',
        },
      ],
      resolved: [
        { stack: 'pool-aws-us-east-1', ruleId: 'aws-rds-multi-az', level: 'warning', address: 'aws_db_instance.db', message: 'single-AZ', fix: 'multi_az', controls: [], text: 'policy ...' },
      ],
      suppressed: [{ stack: 'tenant-bolt', ruleId: 'aws-s3-access-logging', level: 'warning', address: 'aws_s3_bucket.logs', reason: 'the log bucket itself', expires: '2027-06-30', by: 'tenant' }],
    },
    notes: ['No tenant file in tenants for `zz`: baseline only.'],
  };
}
