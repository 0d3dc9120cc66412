import * as fs from 'fs';
import * as path from 'path';
import { LocalTerraformRunner } from '../../../commands/rollout/local-terraform';
import { FAKE_TERRAFORM, removeScratch, scratch, stackRunIn } from './fixtures';

afterAll(removeScratch);

/** A stack folder named like the stack, a run folder, and the fake terraform's environment. */
function setup(stack: string, env: Record<string, string> = {}, plans: Record<string, unknown> = {}) {
  const root = scratch({ [`stacks/${stack}/cdk.tf.json`]: '{}' });
  const plansDir = path.join(root, 'fake-plans');
  fs.mkdirSync(plansDir);
  for (const [name, plan] of Object.entries(plans)) fs.writeFileSync(path.join(plansDir, `${name}.json`), JSON.stringify(plan));
  const calls = path.join(root, 'calls.jsonl');
  const log: string[] = [];
  const runner = new LocalTerraformRunner({ terraform: FAKE_TERRAFORM, env: { ...process.env, FAKE_TF_LOG: calls, FAKE_TF_PLANS: plansDir, ...env } });
  const run = stackRunIn(root, stack, log);
  const commands = () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { stack: string; args: string[] }) : []);
  return { root, runner, run, commands, log };
}

const replacesDatabase = {
  resource_changes: [
    { address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', change: { actions: ['delete', 'create'], replace_paths: [['engine']] }, action_reason: 'replace_because_cannot_update' },
  ],
};

describe('LocalTerraformRunner', () => {
  it('plans in the stack folder: init, plan to a saved plan, show -json of it, written for review', async () => {
    const s = setup('tenant-a');
    const result = await s.runner.run(s.run('plan'));
    expect(result).toMatchObject({ status: 'planned', message: 'planned +1 ~0 ±0 -0', actions: { create: 1 }, blockers: [], planWritten: true });
    const saved = path.join(s.root, 'tenant-a.tfplan');
    expect(s.commands()).toEqual([
      { stack: 'tenant-a', args: ['init', '-input=false', '-no-color'] },
      { stack: 'tenant-a', args: ['plan', '-input=false', '-no-color', `-out=${saved}`] },
      { stack: 'tenant-a', args: ['show', '-json', saved] },
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(s.root, 'tenant-a.plan.json'), 'utf8')).resource_changes[0].address).toBe('null_resource.x');
    expect(s.log.join('')).toContain(`$ ${FAKE_TERRAFORM} init -input=false -no-color\nTerraform has been successfully initialized!\n`);
  });

  it('applies the saved plan it checked', async () => {
    const s = setup('tenant-a');
    const result = await s.runner.run(s.run('apply'));
    expect(result.status).toBe('applied');
    expect(s.commands().map((c) => c.args[0])).toEqual(['init', 'plan', 'show', 'apply']);
    expect(s.commands()[3].args).toEqual(['apply', '-input=false', '-no-color', path.join(s.root, 'tenant-a.tfplan')]);
  });

  it('refuses to apply a plan that replaces a database unless data loss is allowed', async () => {
    const s = setup('tenant-a', {}, { 'tenant-a': replacesDatabase });
    const refused = await s.runner.run(s.run('apply'));
    expect(refused.status).toBe('refused');
    expect(refused.message).toBe(
      'not applied: the plan destroys stateful resources: replace aws_db_instance.db (engine); review it, then resume with --allow-data-loss if that is intended',
    );
    expect(refused.blockers.map((b) => b.address)).toEqual(['aws_db_instance.db']);
    expect(s.commands().map((c) => c.args[0])).toEqual(['init', 'plan', 'show']);
    const allowed = await s.runner.run(s.run('apply', true));
    expect(allowed.status).toBe('applied');
  });

  it('skips the apply of a plan without changes', async () => {
    const s = setup('tenant-a', {}, { 'tenant-a': { resource_changes: [{ address: 'null_resource.x', type: 'null_resource', change: { actions: ['no-op'] } }] } });
    expect(await s.runner.run(s.run('apply'))).toMatchObject({ status: 'no-changes', message: 'no changes to apply' });
    expect(s.commands().map((c) => c.args[0])).toEqual(['init', 'plan', 'show']);
  });

  it("fails with Terraform's own error line, and the whole output in the log", async () => {
    const s = setup('tenant-a', { FAKE_TF_FAIL: 'tenant-a:plan' });
    expect(await s.runner.run(s.run('apply'))).toEqual({ status: 'failed', message: 'terraform plan exited 1: Error: fake failure of plan in tenant-a', blockers: [] });
    expect(s.commands().map((c) => c.args[0])).toEqual(['init', 'plan']);
    expect(s.log.join('')).toContain('injected by FAKE_TF_FAIL');
  });

  it('says so when the executable is missing', async () => {
    const s = setup('tenant-a');
    const missing = new LocalTerraformRunner({ terraform: path.join(s.root, 'no-terraform') });
    expect(await missing.run(s.run('plan'))).toEqual({ status: 'failed', message: `'${path.join(s.root, 'no-terraform')}' not found: install Terraform or pass --terraform <path>`, blockers: [] });
  });
});
