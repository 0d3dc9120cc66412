import { spawn } from 'child_process';
import * as fs from 'fs';
import type { StackResult, StackRun, StackRunner } from './runner';
import { afterPlan, assessPlan } from './runner';

/** How to run Terraform on this machine. */
export interface LocalTerraformOptions {
  /** The terraform executable. @default 'terraform' (from PATH) */
  readonly terraform?: string;
  /** The environment Terraform runs with. @default process.env, with TF_IN_AUTOMATION=1 and TF_INPUT=0 */
  readonly env?: NodeJS.ProcessEnv;
}

/** A Terraform command that did not succeed. */
class CommandFailed extends Error {}

/** The first `Error: ...` line Terraform printed, for a one-line message. */
function firstError(stderr: string): string | undefined {
  const line = stderr.split('\n').find((l) => /^\s*(│\s*)?Error: /.test(l));
  return line?.replace(/^\s*(│\s*)?/, '').trim();
}

/**
 * Runs `terraform init`, `plan -out`, `show -json` and, in apply mode, `apply <saved plan>` in the stack's folder of
 * the synth, as `cdktf deploy` would, with every command's output in the stack's log. The saved plan is what gets
 * applied, so what was checked for data loss is exactly what runs.
 */
export class LocalTerraformRunner implements StackRunner {
  readonly backend = 'local' as const;
  private readonly terraform: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(options: LocalTerraformOptions = {}) {
    this.terraform = options.terraform ?? 'terraform';
    this.env = { ...(options.env ?? process.env), TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
  }

  async run(run: StackRun): Promise<StackResult> {
    try {
      await this.tf(run, ['init', '-input=false', '-no-color']);
      await this.tf(run, ['plan', '-input=false', '-no-color', `-out=${run.savedPlan}`]);
      const json = await this.tf(run, ['show', '-json', run.savedPlan], true);
      fs.writeFileSync(run.planJson, json);
      let plan;
      try {
        plan = assessPlan(run.stack, JSON.parse(json), run.planJson);
      } catch (e) {
        return { status: 'failed', message: `terraform show -json did not give a plan (${e instanceof Error ? e.message : String(e)})`, blockers: [] };
      }
      const decision = afterPlan(run.mode, plan, run.allowDataLoss);
      if (decision.next === 'stop') return decision.result;
      await this.tf(run, ['apply', '-input=false', '-no-color', run.savedPlan]);
      return { status: 'applied', message: `applied +${plan.actions.create} ~${plan.actions.update} ±${plan.actions.replace} -${plan.actions.delete}`, actions: plan.actions, blockers: plan.blockers, planWritten: true };
    } catch (e) {
      if (e instanceof CommandFailed) return { status: 'failed', message: e.message, blockers: [] };
      throw e;
    }
  }

  /** Runs one terraform command in the stack's folder; its output goes to the log (stdout returned instead when `capture`). */
  private tf(run: StackRun, args: readonly string[], capture = false): Promise<string> {
    const command = `terraform ${args[0]}`;
    run.log(`\n$ ${this.terraform} ${args.join(' ')}\n`);
    return new Promise((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      const child = spawn(this.terraform, [...args], { cwd: run.workingDirectory, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        if (capture) stdout += chunk;
        else run.log(chunk);
      });
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        run.log(chunk);
      });
      child.on('error', (e: NodeJS.ErrnoException) => {
        reject(new CommandFailed(e.code === 'ENOENT' ? `'${this.terraform}' not found: install Terraform or pass --terraform <path>` : `${command} could not start (${e.message})`));
      });
      child.on('close', (code, signal) => {
        if (code === 0) return resolve(stdout);
        const why = signal ? `was stopped by ${signal}` : `exited ${code}`;
        const error = firstError(stderr);
        reject(new CommandFailed(`${command} ${why}${error ? `: ${error}` : ''}`));
      });
    });
  }
}
