import { RolloutPlanError, dependencyLevels, deployOrder, rolloutUnits, selectedDependencies } from '../../../commands/rollout/graph';
import { FLEET, graphOf, removeScratch, rolloutSynth } from './fixtures';

afterAll(removeScratch);

const graph = graphOf(rolloutSynth(FLEET));
const all = [...graph.stacks.keys()];

describe('dependencyLevels', () => {
  it('puts pools and platforms first, their workloads stacks next, slices last', () => {
    expect(dependencyLevels(graph, all)).toEqual([
      ['pool-aws-us-east-1', 'pool-aws-us-east-1-2', 'shared-dns', 'tenant-acme', 'tenant-zed'],
      ['pool-aws-us-east-1-2-workloads', 'pool-aws-us-east-1-workloads', 'tenant-acme-workloads', 'tenant-zed-workloads'],
      ['tenant-a', 'tenant-b', 'tenant-c'],
    ]);
  });

  it('keeps the order through stacks that are not selected', () => {
    expect(selectedDependencies(graph, ['tenant-a', 'pool-aws-us-east-1']).get('tenant-a')).toEqual(['pool-aws-us-east-1']);
    expect(dependencyLevels(graph, ['tenant-a', 'pool-aws-us-east-1'])).toEqual([['pool-aws-us-east-1'], ['tenant-a']]);
    expect(dependencyLevels(graph, ['tenant-a', 'tenant-acme-workloads'])).toEqual([['tenant-a', 'tenant-acme-workloads']]);
  });

  it('names a cycle', () => {
    const cyclic = graphOf(rolloutSynth({ x: { after: ['y'] }, y: { after: ['z'] }, z: { after: ['x'] } }));
    expect(() => dependencyLevels(cyclic, ['x', 'y', 'z'])).toThrow(RolloutPlanError);
    expect(() => dependencyLevels(cyclic, ['x', 'y', 'z'])).toThrow('the stacks depend on each other in a cycle: x -> y -> z -> x; synthesize again');
  });

  it('orders every stack after what it depends on', () => {
    const order = deployOrder(graph, all);
    for (const [name, entry] of graph.stacks) for (const d of entry.dependencies) expect(order.indexOf(d)).toBeLessThan(order.indexOf(name));
  });
});

describe('rolloutUnits', () => {
  it("groups a tenant's stacks, a pool with its workloads stack, and leaves other stacks alone", () => {
    expect(rolloutUnits(graph, all).map((u) => [u.key, u.stacks])).toEqual([
      ['pool:pool-aws-us-east-1', ['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads']],
      ['pool:pool-aws-us-east-1-2', ['pool-aws-us-east-1-2', 'pool-aws-us-east-1-2-workloads']],
      ['stack:shared-dns', ['shared-dns']],
      ['tenant:a', ['tenant-a']],
      ['tenant:acme', ['tenant-acme', 'tenant-acme-workloads']],
      ['tenant:b', ['tenant-b']],
      ['tenant:c', ['tenant-c']],
      ['tenant:zed', ['tenant-zed', 'tenant-zed-workloads']],
    ]);
  });
});
