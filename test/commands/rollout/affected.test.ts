import { readSynthFolder } from '../../../commands/review/folder';
import { AffectedSchema, affectedStacks, waveMatrix } from '../../../commands/rollout/affected';
import { synthStackEntries } from '../../../lib/synth-layout';
import { planJson, plansFolder, removeScratch as removeReviewScratch } from '../review/fixtures';
import { FLEET, RolloutStackFixture, removeScratch, rolloutSynth } from './fixtures';

afterAll(() => {
  removeScratch();
  removeReviewScratch();
});

const bucket = (name: string) => ({ resource: { aws_s3_bucket: { [name]: {} } } });
/** FLEET with every stack's JSON given, so base and head can differ stack by stack. */
const withJson = (changes: Record<string, Record<string, unknown>> = {}, drop: string[] = []) =>
  Object.fromEntries(
    Object.entries(FLEET)
      .filter(([n]) => !drop.includes(n))
      .map(([n, s]): [string, RolloutStackFixture] => [n, { ...s, json: changes[n] ?? bucket('data') }]),
  );

describe('affectedStacks', () => {
  // Head changes the first pool and tenant-a (its slice), adds a stack, and removes shared-dns.
  const base = rolloutSynth(withJson());
  const headStacks = { ...withJson({ 'pool-aws-us-east-1': bucket('more'), 'tenant-a': bucket('more') }, ['shared-dns']), 'tenant-new': { json: bucket('data') } };
  const head = rolloutSynth(headStacks);
  const affected = affectedStacks(readSynthFolder(base, 'base'), readSynthFolder(head, 'head'), synthStackEntries(head));

  it('lists the added and changed stacks of head in dependency waves, and the removed ones apart', () => {
    expect(AffectedSchema.parse(affected)).toEqual(affected);
    expect(affected.stacks).toEqual([
      { stack: 'pool-aws-us-east-1', wave: 1, reason: 'changed' },
      { stack: 'tenant-new', wave: 1, reason: 'added' },
      { stack: 'tenant-a', wave: 2, reason: 'changed' },
    ]);
    expect(affected.waves).toEqual([
      { wave: 1, stacks: ['pool-aws-us-east-1', 'tenant-new'] },
      { wave: 2, stacks: ['tenant-a'] },
    ]);
    expect(affected.removed).toEqual(['shared-dns']);
  });

  it('gives the matrix GitHub Actions takes, whole or one wave at a time', () => {
    expect(affected.matrix).toEqual({ include: [{ stack: 'pool-aws-us-east-1', wave: 1 }, { stack: 'tenant-new', wave: 1 }, { stack: 'tenant-a', wave: 2 }] });
    expect(waveMatrix(affected, 2)).toEqual({ include: [{ stack: 'tenant-a', wave: 2 }] });
    expect(waveMatrix(affected, 3)).toEqual({ include: [] });
  });

  it("adds stacks whose head plan changes something though their JSON did not (drift), and not those whose plan is empty", () => {
    const plans = plansFolder({
      'tenant-zed': planJson([{ address: 'aws_s3_bucket.data', actions: ['update'] }]),
      'tenant-acme': planJson([{ address: 'aws_s3_bucket.data', actions: ['no-op'] }]),
    });
    const withPlans = affectedStacks(readSynthFolder(base, 'base'), readSynthFolder(head, 'head', { plansDir: plans }), synthStackEntries(head));
    expect(withPlans.stacks).toContainEqual({ stack: 'tenant-zed', wave: 1, reason: 'plan' });
    expect(withPlans.stacks.map((s) => s.stack)).not.toContain('tenant-acme');
  });
});
