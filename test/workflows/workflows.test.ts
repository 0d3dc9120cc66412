import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { AFFECTED_USAGE } from '../../commands/cli/affected';
import { REVIEW_USAGE } from '../../commands/cli/review';
import { ROLLOUT_USAGE } from '../../commands/cli/rollout';
import { SYNTH_USAGE } from '../../commands/cli/synth';
import { REPO_ROOT } from '../util';
import { JsonSchemaValidator } from './json-schema';

// The workflows this repository ships for its users (and runs itself): valid against SchemaStore's
// github-workflow.json (vendored, test/fixtures/schemastore/SOURCE.md; the validator is checked against the schema's
// own examples in json-schema.test.ts), and calling only tenants commands with options those commands have.
const WORKFLOWS = path.join(REPO_ROOT, '.github', 'workflows');
const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'schemastore', 'github-workflow.json'), 'utf8')) as Record<string, unknown>;
const validator = new JsonSchemaValidator(schema);
const files = fs.readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();
const load = (file: string) => parse(fs.readFileSync(path.join(WORKFLOWS, file), 'utf8')) as { jobs: Record<string, { steps?: { run?: string }[] }> };

/** The usage text of each command the workflows may call. */
const USAGES: Readonly<Record<string, string>> = { synth: SYNTH_USAGE, review: REVIEW_USAGE, affected: AFFECTED_USAGE, rollout: ROLLOUT_USAGE };

/** Every `tenants <command> --option ...` in a workflow's run steps. */
function tenantsCalls(file: string): { command: string; options: string[] }[] {
  const runs = Object.values(load(file).jobs).flatMap((job) => (job.steps ?? []).map((s) => s.run ?? ''));
  return runs.flatMap((run) =>
    [...run.replace(/\\\n/g, ' ').matchAll(/tenants -- (\S+)([^\n;&|>]*)/g)].map((m) => ({ command: m[1], options: [...m[2].matchAll(/(?:^|\s)(--[a-z-]+)/g)].map((o) => o[1]) })),
  );
}

describe('.github/workflows', () => {
  it('has the review, deploy and per-stack rollout workflows', () => {
    expect(files).toEqual(['deploy.yml', 'review.yml', 'rollout-stack.yml']);
  });

  it.each(files)('%s is valid against the GitHub workflow schema', (file) => {
    expect(validator.validate(load(file))).toEqual([]);
  });

  it.each(files)('%s calls only tenants commands, with options they have', (file) => {
    const calls = tenantsCalls(file);
    expect(calls.length).toBeGreaterThan(0);
    for (const { command, options } of calls) {
      expect(Object.keys(USAGES)).toContain(command);
      for (const option of options) expect(USAGES[command]).toContain(`${option} `);
    }
  });

  it('review: synthesizes both sides, plans the affected stacks when asked, reviews with the plans, fails on findings', () => {
    expect(tenantsCalls('review.yml').map((c) => c.command)).toEqual(['synth', 'synth', 'affected', 'rollout', 'review']);
    expect(tenantsCalls('review.yml').at(-1)!.options).toEqual(['--base', '--head', '--fail-on-findings', '--docs-url']);
  });

  it('deploy: selects the affected stacks in waves, each wave a matrix of rollouts after the one before', () => {
    const deploy = parse(fs.readFileSync(path.join(WORKFLOWS, 'deploy.yml'), 'utf8')) as { jobs: Record<string, { needs?: string[] | string; uses?: string; strategy?: { matrix: string } }> };
    expect(Object.keys(deploy.jobs)).toEqual(['select', 'wave-1', 'wave-2', 'wave-3']);
    expect(deploy.jobs['wave-3'].needs).toEqual(['select', 'wave-1', 'wave-2']);
    for (const n of [1, 2, 3]) {
      expect(deploy.jobs[`wave-${n}`].strategy!.matrix).toBe(`\${{ fromJSON(needs.select.outputs.wave${n}) }}`);
      expect(deploy.jobs[`wave-${n}`].uses).toBe('./.github/workflows/rollout-stack.yml');
    }
    expect(tenantsCalls('deploy.yml').map((c) => c.command)).toEqual(['synth', 'synth', 'affected', 'affected', 'affected']);
    expect(tenantsCalls('rollout-stack.yml')).toEqual([{ command: 'rollout', options: ['--out', '--stacks', '--apply', '--run-dir'] }]);
  });

  it('docs/review.md shows the review workflow as it is in the repository', () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'review.md'), 'utf8');
    const block = /```yaml\n(# Infrastructure review[\s\S]*?)```/.exec(doc);
    expect(block?.[1]).toBe(fs.readFileSync(path.join(WORKFLOWS, 'review.yml'), 'utf8'));
  });
});
