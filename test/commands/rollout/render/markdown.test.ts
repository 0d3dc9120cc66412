import { renderRolloutMarkdown, renderRolloutPlanMarkdown } from '../../../../commands/rollout/render/markdown';
import { renderRolloutJson, renderRolloutPlanJson } from '../../../../commands/rollout/render/json';
import type { RolloutSummary } from '../../../../commands/rollout/model';

const plan = {
  stacks: 3,
  waves: [
    { wave: 1, name: 'canary', stacks: [{ stack: 'pool-aws-us-east-1', after: [] }, { stack: 'tenant-a', after: ['pool-aws-us-east-1'] }] },
    { wave: 2, name: 'batch 1', stacks: [{ stack: 'tenant-b', after: [] }] },
  ],
};
const counts = { create: 0, update: 0, replace: 1, delete: 0, 'no-op': 3, read: 0, forget: 0 };
const summary: RolloutSummary = {
  version: 1,
  runId: 'rollout-20260101T000000Z',
  runDir: '.rollout/rollout-20260101T000000Z',
  settings: { mode: 'apply', outdir: 'cdktf.out', canary: ['a'], batchSize: 10, maxFailures: 0, allowDataLoss: false },
  completed: false,
  stoppedBecause: 'the canary wave did not succeed (tenant-a)',
  counts: { planned: 0, applied: 1, 'no-changes': 0, failed: 0, refused: 1, blocked: 0, 'not-started': 1 },
  waves: plan.waves,
  stacks: [
    { stack: 'pool-aws-us-east-1', wave: 1, backend: 'local', status: 'applied', message: 'applied +1 ~0 ±0 -0', blockers: [], log: 'logs/pool-aws-us-east-1.log', resumed: true },
    {
      stack: 'tenant-a',
      wave: 1,
      backend: 'hcp',
      status: 'refused',
      message: 'not applied: the plan destroys stateful resources | see run',
      actions: counts,
      blockers: [{ stack: 'tenant-a', address: 'aws_db_instance.db', type: 'aws_db_instance', kind: 'database', action: 'replace', replacePaths: ['engine'], createBeforeDestroy: false }],
      log: 'logs/tenant-a.log',
      planFile: 'plans/tenant-a.plan.json',
      runUrl: 'https://app.terraform.io/app/o/workspaces/tt-tenant-a/runs/run-1',
      resumed: false,
    },
    { stack: 'tenant-b', wave: 2, backend: 'local', status: 'not-started', message: 'not started: the rollout stopped', blockers: [], log: 'logs/tenant-b.log', resumed: false },
  ],
};

describe('renderRolloutPlanMarkdown', () => {
  it('lists each wave with its stacks in order and what they wait for', () => {
    expect(renderRolloutPlanMarkdown(plan, { mode: 'apply', parallelism: 4 }).split('\n')).toEqual([
      '## Rollout plan: apply 3 stacks in 2 waves',
      '',
      'Waves run one after the other; inside a wave, up to 4 stacks run at once, each after the stacks it waits for.',
      '',
      '### Wave 1: canary (2)',
      '',
      '| # | Stack | After |',
      '|--:|---|---|',
      '| 1 | `pool-aws-us-east-1` | – |',
      '| 2 | `tenant-a` | `pool-aws-us-east-1` |',
      '',
      '### Wave 2: batch 1 (1)',
      '',
      '| # | Stack | After |',
      '|--:|---|---|',
      '| 1 | `tenant-b` | – |',
      '',
    ]);
  });
});

describe('renderRolloutMarkdown', () => {
  const lines = renderRolloutMarkdown(summary).split('\n');

  it('opens with the verdict and the counts, then why it stopped', () => {
    expect(lines.slice(0, 5)).toEqual([
      '## Rollout rollout-20260101T000000Z: apply **did not complete**',
      '',
      '1/3 succeeded (1 applied, 0 planned, 0 without changes) · 0 failed · 1 refused · 0 blocked · 1 not started',
      '',
      'Stopped: the canary wave did not succeed (tenant-a).',
    ]);
  });

  it('warns about plans destroying data, and has a row per stack with its files (cells escaped)', () => {
    expect(lines).toContain('> - `tenant-a` replace `aws_db_instance.db` (database), forced by `engine`');
    expect(lines).toContain('| `pool-aws-us-east-1` | applied (earlier attempt) | – | applied +1 ~0 ±0 -0 | `logs/pool-aws-us-east-1.log` |');
    expect(lines).toContain(
      '| `tenant-a` | **refused** | +0 ~0 ±1 -0 | not applied: the plan destroys stateful resources \\| see run | `logs/tenant-a.log` `plans/tenant-a.plan.json` [run](https://app.terraform.io/app/o/workspaces/tt-tenant-a/runs/run-1) |',
    );
    expect(lines.at(-2)).toBe('Resume with `tenants rollout --resume .rollout/rollout-20260101T000000Z`: stacks that succeeded are not run again.');
  });

  it('renders JSON checked against the schema', () => {
    expect(JSON.parse(renderRolloutJson(summary))).toEqual(summary);
    expect(JSON.parse(renderRolloutPlanJson(plan))).toEqual(plan);
    expect(() => renderRolloutJson({ ...summary, version: 2 as 1 })).toThrow();
  });
});
