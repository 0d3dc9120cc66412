import * as fs from 'fs';
import * as path from 'path';
import { synthStackEntries } from '../../../lib/synth-layout';
import { StackGraph, stackGraph } from '../../../commands/rollout/graph';
import type { StackRun } from '../../../commands/rollout/runner';
import { scratchDir } from '../../util';

/** Scratch folders made here, removed by `removeScratch` (call it in afterAll). */
const made: string[] = [];

export function removeScratch(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A scratch folder, removed by `removeScratch`. */
export function scratch(files: Record<string, string> = {}): string {
  const dir = scratchDir(files);
  made.push(dir);
  return dir;
}

/** One stack of a synth: what it depends on and its Terraform JSON. */
export interface RolloutStackFixture {
  readonly after?: readonly string[];
  readonly json?: Record<string, unknown>;
}

/**
 * A synth folder as cdktf writes it: `stacks/<name>/cdk.tf.json` for each stack and a `manifest.json` with each
 * stack's working directory and dependencies.
 */
export function rolloutSynth(stacks: Record<string, RolloutStackFixture>): string {
  const files: Record<string, string> = {};
  const manifest: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(stacks)) {
    files[`stacks/${name}/cdk.tf.json`] = JSON.stringify(s.json ?? { resource: { null_resource: { x: {} } } });
    manifest[name] = {
      name,
      constructPath: name,
      synthesizedStackPath: `stacks/${name}/cdk.tf.json`,
      workingDirectory: `stacks/${name}`,
      dependencies: s.after ?? [],
    };
  }
  files['manifest.json'] = JSON.stringify({ version: '0.21.0', stacks: manifest });
  return scratch(files);
}

/**
 * The shape of this library's synth: two AWS pools (each with its workloads stack and slices), siloed tenants with
 * their workloads stacks, and a stack of another kind.
 */
export const FLEET: Record<string, RolloutStackFixture> = {
  'pool-aws-us-east-1': {},
  'pool-aws-us-east-1-workloads': { after: ['pool-aws-us-east-1'] },
  'pool-aws-us-east-1-2': {},
  'pool-aws-us-east-1-2-workloads': { after: ['pool-aws-us-east-1-2'] },
  'tenant-a': { after: ['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads'] },
  'tenant-b': { after: ['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads'] },
  'tenant-c': { after: ['pool-aws-us-east-1-2', 'pool-aws-us-east-1-2-workloads'] },
  'tenant-acme': {},
  'tenant-acme-workloads': { after: ['tenant-acme'] },
  'tenant-zed': {},
  'tenant-zed-workloads': { after: ['tenant-zed'] },
  'shared-dns': {},
};

/** The graph of a synth folder made by `rolloutSynth`. */
export function graphOf(dir: string): StackGraph {
  return stackGraph(synthStackEntries(dir));
}

/** Path of the fake terraform executable. */
export const FAKE_TERRAFORM = path.join(__dirname, 'fake-terraform.js');

/**
 * A stack run of the runners' tests, in `root` (its folder `stacks/<stack>`, its saved plan and plan JSON beside),
 * logging into `log`.
 */
export function stackRunIn(root: string, stack: string, log: string[]): (mode: 'plan' | 'apply', allowDataLoss?: boolean) => StackRun {
  return (mode, allowDataLoss = false) => ({
    stack,
    workingDirectory: path.join(root, 'stacks', stack),
    file: path.join(root, 'stacks', stack, 'cdk.tf.json'),
    mode,
    allowDataLoss,
    runId: 'rollout-test',
    savedPlan: path.join(root, `${stack}.tfplan`),
    planJson: path.join(root, `${stack}.plan.json`),
    log: (t) => log.push(t),
  });
}
