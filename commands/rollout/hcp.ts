import * as fs from 'fs';
import { Json, isObject } from '../../lib/terraform-json';
import { HcpApi, HcpApiError, RunState } from './private/hcp-api';
import { configurationFiles, tarGz } from './private/tar';
import type { StackResult, StackRun, StackRunner } from './runner';
import { afterPlan, assessPlan, planLine } from './runner';

/** Where a stack keeps its state in HCP Terraform / Terraform Enterprise: its Terraform JSON's `cloud` block. */
export interface HcpTarget {
  readonly hostname: string;
  readonly organization: string;
  readonly workspace: string;
}

/** Terraform's default host for a `cloud` block without one. */
export const DEFAULT_HCP_HOSTNAME = 'app.terraform.io';

/** The HCP Terraform workspace a stack's JSON names in `terraform.cloud` (what `CloudBackend` writes), if any. */
export function hcpTarget(stackJson: Json): HcpTarget | undefined {
  const terraform = stackJson.terraform;
  const cloud = isObject(terraform) ? terraform.cloud : undefined;
  if (!isObject(cloud)) return undefined;
  const workspaces = isObject(cloud.workspaces) ? cloud.workspaces : {};
  if (typeof cloud.organization !== 'string' || typeof workspaces.name !== 'string') return undefined;
  return { hostname: typeof cloud.hostname === 'string' ? cloud.hostname : DEFAULT_HCP_HOSTNAME, organization: cloud.organization, workspace: workspaces.name };
}

/**
 * The environment variable holding the API token for a host, as Terraform CLI reads credentials from the
 * environment (https://developer.hashicorp.com/terraform/cli/config/config-file#environment-variable-credentials):
 * `TF_TOKEN_` and the hostname with periods as underscores and hyphens as double underscores.
 */
export function tokenVariable(hostname: string): string {
  return `TF_TOKEN_${hostname.replace(/-/g, '__').replace(/\./g, '_')}`;
}

/** The API token for a host: its `TF_TOKEN_...` variable, else `TFE_TOKEN`. */
export function tokenFor(hostname: string, env: NodeJS.ProcessEnv): string | undefined {
  return env[tokenVariable(hostname)] || env.TFE_TOKEN || undefined;
}

/** How to run stacks in HCP Terraform. */
export interface HcpRunnerOptions {
  /** Where tokens are read from. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** The API's address for a host. @default `https://<hostname>` */
  readonly address?: (hostname: string) => string;
  /** Between two looks at a run. @default DEFAULT_POLL_MS */
  readonly pollMs?: number;
  /** How long a run may take before the rollout stops waiting for it. @default DEFAULT_RUN_TIMEOUT_MS */
  readonly timeoutMs?: number;
  /** Waits; tests pass one that does not. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Between two looks at a run: HCP Terraform runs take minutes, and its API allows 30 requests a second per token. */
export const DEFAULT_POLL_MS = 5_000;
/** How long one stack's run may take (plan, policy checks, apply). */
export const DEFAULT_RUN_TIMEOUT_MS = 2 * 60 * 60 * 1000;

/** Run states after which nothing more happens (the API docs' "final state"s, and `applied`). */
const FINAL = new Set(['applied', 'planned_and_finished', 'discarded', 'errored', 'canceled', 'force_canceled', 'policy_soft_failed']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a stack in its HCP Terraform workspace through the API: uploads the stack's folder as a configuration
 * version (speculative in plan mode), creates a run that waits for confirmation, follows it through plan and policy
 * checks, reads its plan JSON, and in apply mode applies it, or discards it when the plan destroys stateful resources
 * and --allow-data-loss was not given. Terraform runs on the engine, so a fleet larger than one machine runs there.
 */
export class HcpRunner implements StackRunner {
  readonly backend = 'hcp' as const;
  private readonly env: NodeJS.ProcessEnv;
  private readonly pollMs: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HcpRunnerOptions = {}) {
    this.env = options.env ?? process.env;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
    this.sleep = options.sleep ?? defaultSleep;
  }

  async run(run: StackRun): Promise<StackResult> {
    const json = JSON.parse(fs.readFileSync(run.file, 'utf8')) as Json;
    const target = hcpTarget(json);
    if (!target) return { status: 'failed', message: 'the stack has no terraform.cloud block with an organization and a workspace name', blockers: [] };
    const token = tokenFor(target.hostname, this.env);
    if (!token) return { status: 'failed', message: `no API token for ${target.hostname}: set ${tokenVariable(target.hostname)} (or TFE_TOKEN)`, blockers: [] };
    const api = new HcpApi({ address: this.options.address?.(target.hostname) ?? `https://${target.hostname}`, token, sleep: this.sleep });
    const runUrl = (id: string) => `https://${target.hostname}/app/${target.organization}/workspaces/${target.workspace}/runs/${id}`;
    let runId: string | undefined;
    try {
      const workspaceId = await api.workspaceId(target.organization, target.workspace).catch((e: unknown) => {
        if (e instanceof HcpApiError && e.status === 404) {
          throw new HcpApiError(`workspace '${target.workspace}' not found in organization '${target.organization}' on ${target.hostname} (or the token cannot see it); create it, then resume`, 404);
        }
        throw e;
      });
      run.log(`workspace ${target.organization}/${target.workspace} (${workspaceId})\n`);
      const cv = await api.createConfigurationVersion(workspaceId, run.mode === 'plan');
      const files = configurationFiles(run.workingDirectory);
      await api.upload(cv.uploadUrl, tarGz(files));
      run.log(`configuration version ${cv.id}: uploaded ${files.map((f) => f.name).join(', ')}\n`);
      await this.until(async () => {
        const state = await api.configurationVersion(cv.id);
        if (state.status === 'errored') throw new HcpApiError(`configuration version ${cv.id} errored${state.error ? `: ${state.error}` : ''}`, 200);
        return state.status === 'uploaded';
      }, `configuration version ${cv.id} to be processed`);
      runId = await api.createRun(workspaceId, cv.id, `tenants rollout ${run.runId}: ${run.stack}`, run.mode === 'plan');
      const id = runId;
      run.log(`run ${id}: ${runUrl(id)}\n`);
      const withUrl = (r: StackResult): StackResult => ({ ...r, runUrl: runUrl(id) });

      let last = '';
      const planned = await this.until(async () => {
        const state = await api.run(id);
        if (state.status !== last) run.log(`run ${id}: ${(last = state.status)}\n`);
        return state.confirmable || FINAL.has(state.status) || state.status === 'policy_override' ? state : undefined;
      }, `run ${id} to finish planning`);
      const policyChecks = await api.policyChecks(id);
      if (policyChecks) run.log(`policy checks: ${policyChecks.statuses.join(', ')}\n`);
      const checks = policyChecks ? { policyChecks } : {};

      if (planned.status === 'errored' || planned.status === 'canceled' || planned.status === 'force_canceled' || planned.status === 'discarded') {
        return withUrl({ status: 'failed', message: `run ${planned.status} before it could apply; see ${runUrl(id)}`, blockers: [], ...checks });
      }
      if (planned.status === 'policy_override' || planned.status === 'policy_soft_failed') {
        const what = planned.status === 'policy_override' ? 'override it there (or discard the run), then resume' : 'fix the configuration or the policy';
        return withUrl({ status: 'failed', message: `a policy check soft-failed in ${runUrl(id)}; ${what}`, blockers: [], ...checks });
      }

      const planJson = await api.planJson(id).catch((e: unknown) => {
        run.log(`plan JSON not available: ${e instanceof Error ? e.message : String(e)}\n`);
        return undefined;
      });
      if (planJson === undefined) {
        if (run.mode === 'apply' && planned.confirmable && !run.allowDataLoss) {
          await api.discard(id, `tenants rollout ${run.runId}: plan JSON not readable, data loss not checked`);
          return withUrl({ status: 'refused', message: `not applied: the plan's JSON could not be read (the token needs admin access to the workspace), so data loss was not checked; the run was discarded`, blockers: [], ...checks });
        }
        return withUrl({ status: run.mode === 'plan' ? 'planned' : 'no-changes', message: `${planned.status}; the plan's JSON could not be read`, blockers: [], ...checks });
      }
      fs.writeFileSync(run.planJson, JSON.stringify(planJson));
      const plan = assessPlan(run.stack, planJson, run.planJson);
      const decision = afterPlan(run.mode, plan, run.allowDataLoss);
      if (!planned.confirmable) {
        // Speculative plan, or nothing to apply: HCP Terraform ended the run after planning.
        const result: StackResult =
          decision.next === 'stop' ? decision.result : { status: 'no-changes', message: 'no changes to apply', actions: plan.actions, blockers: plan.blockers, planWritten: true };
        return withUrl({ ...result, ...checks });
      }
      if (decision.next === 'stop' && decision.result.status === 'refused') {
        await api.discard(id, `tenants rollout ${run.runId}: the plan destroys stateful resources; not applied without --allow-data-loss`);
        run.log(`run ${id}: discarded (destroys stateful resources)\n`);
        return withUrl({ ...decision.result, message: `${decision.result.message} (the run was discarded)`, ...checks });
      }
      await api.apply(id, `tenants rollout ${run.runId}`);
      run.log(`run ${id}: apply confirmed\n`);
      const applied = await this.until(async () => {
        const state: RunState = await api.run(id);
        if (state.status !== last) run.log(`run ${id}: ${(last = state.status)}\n`);
        return FINAL.has(state.status) ? state : undefined;
      }, `run ${id} to apply`);
      if (applied.status !== 'applied') return withUrl({ status: 'failed', message: `run ${applied.status} while applying; see ${runUrl(id)}`, actions: plan.actions, blockers: plan.blockers, planWritten: true, ...checks });
      return withUrl({ status: 'applied', message: `applied ${planLine(plan.actions)}`, actions: plan.actions, blockers: plan.blockers, planWritten: true, ...checks });
    } catch (e) {
      if (!(e instanceof HcpApiError)) throw e;
      run.log(`${e.message}\n`);
      return { status: 'failed', message: e.message, blockers: [], ...(runId ? { runUrl: runUrl(runId) } : {}) };
    }
  }

  /** Polls until `check` returns something other than false or undefined, or the run timeout passes. */
  private async until<T>(check: () => Promise<T | false | undefined>, what: string): Promise<T> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new HcpApiError(`gave up waiting for ${what} after ${Math.round(this.timeoutMs / 60_000)} minutes`, 0);
      await this.sleep(this.pollMs);
    }
  }
}
