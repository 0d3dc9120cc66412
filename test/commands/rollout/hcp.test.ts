import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { HcpRunner, hcpTarget, tokenFor, tokenVariable } from '../../../commands/rollout/hcp';
import { FakeHcp, WorkspaceScript } from './fake-hcp';
import { removeScratch, scratch, stackRunIn } from './fixtures';

afterAll(removeScratch);

const ORG = 'initech-platform';
const TOKEN = 'test-token';

/** A stack whose JSON keeps its state in workspace `tt-<stack>` of HCP Terraform, as CloudBackend writes it. */
function stackOf(stack: string) {
  const json = { terraform: { cloud: { hostname: 'app.terraform.io', organization: ORG, workspaces: { name: `tt-${stack}` } } }, resource: { aws_s3_bucket: { data: {} } } };
  const root = scratch({ [`stacks/${stack}/cdk.tf.json`]: JSON.stringify(json), [`stacks/${stack}/cost.json`]: '{}', [`stacks/${stack}/.terraform/providers/x`]: 'binary' });
  const log: string[] = [];
  const run = stackRunIn(root, stack, log);
  return { root, run, log };
}

async function withFake(workspaces: Record<string, WorkspaceScript>, test: (fake: FakeHcp, runner: HcpRunner) => Promise<void>, throttle = 0) {
  const fake = await new FakeHcp(ORG, TOKEN, workspaces, throttle).start();
  const runner = new HcpRunner({ env: { TF_TOKEN_app_terraform_io: TOKEN }, address: () => fake.url, pollMs: 0, sleep: async () => undefined });
  try {
    await test(fake, runner);
  } finally {
    await fake.close();
  }
}

const APPLY = { planStates: ['pending', 'planning', 'planning', 'cost_estimated'] };
const replacesDatabase = {
  resource_changes: [{ address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', change: { actions: ['delete', 'create'], replace_paths: [['engine']] } }],
};

describe('hcpTarget and tokens', () => {
  it("reads the workspace from the stack's cloud block", () => {
    expect(hcpTarget({ terraform: { cloud: { organization: 'o', workspaces: { name: 'tt-tenant-a' } } } })).toEqual({ hostname: 'app.terraform.io', organization: 'o', workspace: 'tt-tenant-a' });
    expect(hcpTarget({ terraform: { backend: { s3: {} } } })).toBeUndefined();
    expect(hcpTarget({ terraform: { cloud: { organization: 'o', workspaces: { tags: ['a'] } } } })).toBeUndefined();
  });

  it('takes the token from TF_TOKEN_<host> as Terraform does, else TFE_TOKEN', () => {
    expect(tokenVariable('app.terraform.io')).toBe('TF_TOKEN_app_terraform_io');
    expect(tokenVariable('tfe.my-company.example')).toBe('TF_TOKEN_tfe_my__company_example');
    expect(tokenFor('app.terraform.io', { TF_TOKEN_app_terraform_io: 'a', TFE_TOKEN: 'b' })).toBe('a');
    expect(tokenFor('app.terraform.io', { TFE_TOKEN: 'b' })).toBe('b');
    expect(tokenFor('app.terraform.io', {})).toBeUndefined();
  });
});

describe('HcpRunner', () => {
  it('applies: uploads the stack as a configuration version, creates a run, waits for the plan, reads its JSON and policy checks, confirms', async () => {
    await withFake({ 'tt-tenant-a': { ...APPLY, policyChecks: ['passed'] } }, async (fake, runner) => {
      const s = stackOf('tenant-a');
      const result = await runner.run(s.run('apply'));
      expect(result).toMatchObject({
        status: 'applied',
        message: 'applied +1 ~0 ±0 -0',
        runUrl: `https://app.terraform.io/app/${ORG}/workspaces/tt-tenant-a/runs/run-1`,
        policyChecks: { statuses: ['passed'], passed: 1, failed: 0 },
      });
      expect(fake.calls.every((c) => c.authorized || !c.path.startsWith('/api/'))).toBe(true);
      const api = fake.calls.filter((c) => !c.path.startsWith('/api/v2/runs/run-1') || c.method !== 'GET').map((c) => `${c.method} ${c.path}`);
      expect(api).toEqual([
        `GET /api/v2/organizations/${ORG}/workspaces/tt-tenant-a`,
        'POST /api/v2/workspaces/ws-tt-tenant-a/configuration-versions',
        'PUT /upload/cv-1',
        'GET /api/v2/configuration-versions/cv-1',
        'POST /api/v2/runs',
        'GET /archivist/run-1',
        'POST /api/v2/runs/run-1/actions/apply',
      ]);
      const cv = fake.calls.find((c) => c.path.endsWith('/configuration-versions'))!.body;
      expect(cv).toEqual({ data: { type: 'configuration-versions', attributes: { 'auto-queue-runs': false, speculative: false } } });
      const created = fake.calls.find((c) => c.method === 'POST' && c.path === '/api/v2/runs')!.body as { data: { attributes: Record<string, unknown>; relationships: unknown } };
      expect(created.data.attributes).toEqual({ message: 'tenants rollout rollout-test: tenant-a', 'auto-apply': false });
      expect(created.data.relationships).toEqual({
        workspace: { data: { type: 'workspaces', id: 'ws-tt-tenant-a' } },
        'configuration-version': { data: { type: 'configuration-versions', id: 'cv-1' } },
      });
      expect(fake.calls.find((c) => c.path.endsWith('/actions/apply'))!.body).toEqual({ comment: 'tenants rollout rollout-test' });
      expect(JSON.parse(fs.readFileSync(path.join(s.root, 'tenant-a.plan.json'), 'utf8')).resource_changes[0].address).toBe('aws_s3_bucket.data');
      expect(s.log.join('')).toContain('run run-1: cost_estimated\n');
      expect(s.log.join('')).toContain('run run-1: applied\n');
    });
  });

  it('uploads the stack folder as a tar.gz that tar extracts, without .terraform', async () => {
    await withFake({ 'tt-tenant-a': APPLY }, async (fake, runner) => {
      const s = stackOf('tenant-a');
      await runner.run(s.run('plan'));
      const out = scratch();
      fs.writeFileSync(path.join(out, 'config.tar.gz'), fake.uploads.get('cv-1')!);
      expect(execFileSync('tar', ['-tzf', 'config.tar.gz'], { cwd: out, encoding: 'utf8' }).trim().split('\n')).toEqual(['cdk.tf.json', 'cost.json']);
      execFileSync('tar', ['-xzf', 'config.tar.gz'], { cwd: out });
      expect(fs.readFileSync(path.join(out, 'cdk.tf.json'), 'utf8')).toBe(fs.readFileSync(path.join(s.root, 'stacks/tenant-a/cdk.tf.json'), 'utf8'));
    });
  });

  it('plans with a speculative configuration version and a plan-only run, never applying', async () => {
    await withFake({ 'tt-tenant-a': { planStates: ['planning', 'planned_and_finished'] } }, async (fake, runner) => {
      const result = await runner.run(stackOf('tenant-a').run('plan'));
      expect(result).toMatchObject({ status: 'planned', actions: { create: 1 } });
      const cv = fake.calls.find((c) => c.path.endsWith('/configuration-versions'))!.body as { data: { attributes: Record<string, unknown> } };
      expect(cv.data.attributes.speculative).toBe(true);
      const run = fake.calls.find((c) => c.method === 'POST' && c.path === '/api/v2/runs')!.body as { data: { attributes: Record<string, unknown> } };
      expect(run.data.attributes['plan-only']).toBe(true);
      expect(fake.calls.some((c) => c.path.includes('/actions/'))).toBe(false);
    });
  });

  it('discards a run whose plan replaces a database, unless data loss is allowed', async () => {
    await withFake({ 'tt-tenant-a': { ...APPLY, plan: replacesDatabase } }, async (fake, runner) => {
      const s = stackOf('tenant-a');
      const refused = await runner.run(s.run('apply'));
      expect(refused.status).toBe('refused');
      expect(refused.message).toMatch(/^not applied: the plan destroys stateful resources: replace aws_db_instance\.db \(engine\); .* \(the run was discarded\)$/);
      expect(fake.runRecords()).toEqual([{ id: 'run-1', workspace: 'tt-tenant-a', applied: false, discarded: true }]);
      const allowed = await runner.run(s.run('apply', true));
      expect(allowed.status).toBe('applied');
      expect(fake.runRecords()[1]).toMatchObject({ applied: true, discarded: false });
    });
  });

  it('fails on a soft-failed policy check, pointing at the run, and on an errored run', async () => {
    await withFake(
      { 'tt-tenant-a': { planStates: ['planning', 'policy_override'], policyChecks: ['soft_failed'] }, 'tt-tenant-b': { planStates: ['planning', 'errored'] } },
      async (_fake, runner) => {
        const soft = await runner.run(stackOf('tenant-a').run('apply'));
        expect(soft).toMatchObject({ status: 'failed', policyChecks: { statuses: ['soft_failed'], passed: 0, failed: 1 } });
        expect(soft.message).toBe(`a policy check soft-failed in https://app.terraform.io/app/${ORG}/workspaces/tt-tenant-a/runs/run-1; override it there (or discard the run), then resume`);
        const errored = await runner.run(stackOf('tenant-b').run('apply'));
        expect(errored.message).toBe(`run errored before it could apply; see https://app.terraform.io/app/${ORG}/workspaces/tt-tenant-b/runs/run-2`);
      },
    );
  });

  it('fails when the apply errors', async () => {
    await withFake({ 'tt-tenant-a': { ...APPLY, applyStates: ['applying', 'errored'] } }, async (_fake, runner) => {
      expect(await runner.run(stackOf('tenant-a').run('apply'))).toMatchObject({ status: 'failed', message: expect.stringMatching(/^run errored while applying; see https:/) });
    });
  });

  it('names a workspace that does not exist and a missing token; retries when throttled', async () => {
    await withFake(
      { 'tt-tenant-a': APPLY },
      async (fake, runner) => {
        expect(await runner.run(stackOf('tenant-zzz').run('plan'))).toEqual({
          status: 'failed',
          message: `workspace 'tt-tenant-zzz' not found in organization '${ORG}' on app.terraform.io (or the token cannot see it); create it, then resume`,
          blockers: [],
        });
        expect(fake.calls.slice(0, 3).map((c) => c.path)).toEqual(Array(3).fill(`/api/v2/organizations/${ORG}/workspaces/tt-tenant-zzz`));
        const tokenless = new HcpRunner({ env: {}, address: () => fake.url });
        expect(await tokenless.run(stackOf('tenant-a').run('plan'))).toEqual({ status: 'failed', message: 'no API token for app.terraform.io: set TF_TOKEN_app_terraform_io (or TFE_TOKEN)', blockers: [] });
      },
      2,
    );
  });
});
