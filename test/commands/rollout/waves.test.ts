import { RolloutPlanError } from '../../../commands/rollout/graph';
import { RolloutPlanSchema } from '../../../commands/rollout/model';
import { planRollout } from '../../../commands/rollout/waves';
import { FLEET, graphOf, removeScratch, rolloutSynth } from './fixtures';

afterAll(removeScratch);

const graph = graphOf(rolloutSynth(FLEET));
const all = [...graph.stacks.keys()];
const names = (plan: ReturnType<typeof planRollout>) => plan.waves.map((w) => [w.name, w.stacks.map((s) => s.stack)]);

describe('planRollout', () => {
  it('runs the canary tenants first with the pools they need, then batches of units in dependency order', () => {
    const plan = planRollout(graph, all, { canary: ['b'], batchSize: 3 });
    expect(RolloutPlanSchema.parse(plan)).toEqual(plan);
    expect(names(plan)).toEqual([
      ['canary', ['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'tenant-b']],
      ['batch 1', ['pool-aws-us-east-1-2', 'shared-dns', 'tenant-acme', 'pool-aws-us-east-1-2-workloads', 'tenant-acme-workloads']],
      ['batch 2', ['tenant-zed', 'tenant-zed-workloads', 'tenant-a', 'tenant-c']],
    ]);
    expect(plan.stacks).toBe(12);
  });

  it('never puts a stack in an earlier wave than a stack it depends on, and lists what each waits for', () => {
    for (const batchSize of [1, 2, 5]) {
      const plan = planRollout(graph, all, { canary: ['c', 'zed'], batchSize });
      const waveOf = new Map(plan.waves.flatMap((w) => w.stacks.map((s) => [s.stack, w.wave] as const)));
      expect(waveOf.size).toBe(all.length);
      for (const [name, entry] of graph.stacks) for (const d of entry.dependencies) expect(waveOf.get(d)!).toBeLessThanOrEqual(waveOf.get(name)!);
    }
    const slice = planRollout(graph, all).waves.flatMap((w) => w.stacks).find((s) => s.stack === 'tenant-a')!;
    expect(slice.after).toEqual(['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads']);
  });

  it('without canaries, starts with batch 1; a batch holds whole units', () => {
    const plan = planRollout(graph, ['tenant-acme', 'tenant-acme-workloads', 'tenant-zed', 'tenant-zed-workloads'], { batchSize: 1 });
    expect(names(plan)).toEqual([
      ['batch 1', ['tenant-acme', 'tenant-acme-workloads']],
      ['batch 2', ['tenant-zed', 'tenant-zed-workloads']],
    ]);
  });

  it('refuses a canary tenant without a selected stack, and a batch size below 1', () => {
    expect(() => planRollout(graph, ['tenant-a'], { canary: ['nobody'] })).toThrow(new RolloutPlanError("canary tenant 'nobody' has no stack in this rollout; name tenants whose stacks are selected"));
    expect(() => planRollout(graph, all, { batchSize: 0 })).toThrow('the batch size must be a whole number of at least 1, not 0');
  });
});
