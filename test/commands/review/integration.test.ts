import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { renderReviewMarkdown } from '../../../commands/review/render/markdown';
import { readSynthFolder } from '../../../commands/review/folder';
import { reviewSynths } from '../../../commands/review/review';
import { loadTenants } from '../../../lib/model/load';
import { buildApp } from '../../../stacks/app';
import { tiers } from '../../../tiers';
import { scratchDir } from '../../util';

const acme = (tier: string) => `id: acme\ntier: ${tier}\ncloud: aws\nregion: us-east-1\n`;

/** Synthesizes the tenants folder into <root>/<out> as a whole app, as `cdktf synth` does. */
function synth(root: string, tenantsDir: string, out: string): string {
  const app = new App({ outdir: path.join(root, out) });
  buildApp(app, { tenantsDir: path.join(root, tenantsDir) });
  app.synth();
  return app.outdir;
}

describe('tenants review of a tenant moving from standard (pool) to premium (silo)', () => {
  const root = scratchDir({ 'base-tenants/acme.yaml': acme('standard'), 'head-tenants/acme.yaml': acme('premium') });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const base = synth(root, 'base-tenants', 'base');
  const head = synth(root, 'head-tenants', 'head');
  const tenants = loadTenants({ dir: path.join(root, 'head-tenants'), catalogue: tiers });
  const report = reviewSynths(readSynthFolder(base, 'base'), readSynthFolder(head, 'head'), { tenants });
  const stack = (name: string) => report.stacks.find((s) => s.name === name)!;

  it('reports the move of tenant-acme from the pool to a silo', () => {
    expect(report.moves).toEqual([expect.objectContaining({ tenantId: 'acme', stack: 'tenant-acme', kind: 'pool-to-silo', fromPool: 'pool-aws-us-east-1' })]);
    // The pool has no tenants left, so the last step destroys it rather than deploying it.
    expect(report.moves[0].steps.at(-1)).toMatch(/^`pool-aws-us-east-1` has no tenants left and is gone from the synth/);
  });

  it('reports the pool stack removed and the workloads stack added', () => {
    expect(report.stacks.map((s) => [s.name, s.change])).toEqual([
      ['pool-aws-us-east-1', 'removed'],
      ['pool-aws-us-east-1-workloads', 'removed'],
      ['tenant-acme', 'changed'],
      ['tenant-acme-workloads', 'added'],
    ]);
    expect(stack('pool-aws-us-east-1').resources.removed).toEqual(expect.arrayContaining([expect.stringMatching(/^aws_eks_cluster\./)]));
  });

  it("replaces the slice's resources with a dedicated platform in tenant-acme, flagging the data it destroys", () => {
    const { resources } = stack('tenant-acme');
    expect(resources.removed).toEqual(expect.arrayContaining([expect.stringMatching(/^postgresql_database\./), expect.stringMatching(/^aws_elasticache_user\./)]));
    expect(resources.added).toEqual(expect.arrayContaining([expect.stringMatching(/^aws_eks_cluster\./), expect.stringMatching(/^aws_db_instance\./)]));
    expect(report.dataDestroys.filter((d) => d.stack === 'tenant-acme').map((d) => d.kind)).toEqual(expect.arrayContaining(['database', 'bucket', 'namespace']));
    expect(report.dataDestroys.filter((d) => d.stack === 'pool-aws-us-east-1').every((d) => d.stackRemoved)).toBe(true);
  });

  it("costs more: synth's cost.json on both sides, the silo within the premium budget", () => {
    const cost = stack('tenant-acme').cost;
    expect(cost.base).toMatchObject({ source: 'cost.json', poolShareUsd: expect.any(Number) });
    expect(cost.base!.poolShareUsd).toBeGreaterThan(0);
    expect(cost.head).toMatchObject({ source: 'cost.json', poolShareUsd: 0 });
    expect(cost.budget).toMatchObject({ tenantId: 'acme', tier: 'premium', status: 'ok' });
    expect(report.summary.cost.deltaUsd).toBeGreaterThan(0);
    expect(report.summary.cost.deltaUsd).toBeCloseTo(report.summary.cost.headUsd - report.summary.cost.baseUsd, 6);
  });

  it('renders the move and the removed pool in the comment', () => {
    const md = renderReviewMarkdown(report);
    expect(md).toContain('> **Tenant `acme` moves from pool `pool-aws-us-east-1` to its own silo.**');
    expect(md).toMatch(/^\| `pool-aws-us-east-1` \| removed \| \+0 ~0 -\d+ \| [\d,.]+ → – \(-[\d,.]+\) \| – \|$/m);
    expect(md).toMatch(/^\| \*\*Total\*\* \| \| .* \| \*\*[\d,.]+ → [\d,.]+ \(\+[\d,.]+\)\*\* \| \|$/m);
  });
});
