import * as fs from 'fs';
import { scratchDir } from '../../util';

/** Scratch folders made by these helpers, removed by `removeScratch` (call it in afterAll). */
const made: string[] = [];

export function removeScratch(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A cdk.tf.json with an AWS provider in us-east-1 and the given resources and other blocks. */
export function awsStack(resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { provider: { aws: [{ region: 'us-east-1' }] }, resource, ...extra };
}

/** One cost line of a cost.json: a resource with one component. */
export interface CostLineFixture {
  readonly address: string;
  readonly type: string;
  readonly monthlyCost: number;
}

/** The cost.json `writeCostReport` writes, for a report made of the given lines. */
export function costJson(name: string, lines: readonly CostLineFixture[]): Record<string, unknown> {
  const monthlyCost = lines.reduce((s, l) => s + l.monthlyCost, 0);
  const resources = lines.map((l) => ({
    address: l.address,
    type: l.type,
    status: 'priced',
    components: [{ name: 'Line', quantity: 1, unit: 'months', unitPrice: l.monthlyCost, monthlyCost: l.monthlyCost }],
    monthlyCost: l.monthlyCost,
    notes: [],
  }));
  const report = { name, currency: 'USD', catalogDates: {}, resources, monthlyCost, usageBasedMonthlyCost: 0, notPricedTypes: [], incomplete: [] };
  return { currency: 'USD', monthlyCost, reports: [report] };
}

/** What one stack of a synthesized folder holds. */
export interface StackFixture {
  readonly json: Record<string, unknown>;
  /** Written as cost.json beside cdk.tf.json. @default none */
  readonly cost?: Record<string, unknown>;
  /** Written as allocation.json beside cdk.tf.json (pools). @default none */
  readonly allocation?: Record<string, unknown>;
  /** Written as plan.json beside cdk.tf.json (`terraform show -json`). @default none */
  readonly plan?: Record<string, unknown>;
}

/**
 * A synthesized folder: `stacks/<name>/cdk.tf.json` (+ cost.json, allocation.json) for each stack, and a cdktf
 * `manifest.json` listing them unless `manifest` is false.
 */
export function synthFolder(stacks: Record<string, StackFixture>, manifest = true): string {
  const files: Record<string, string> = {};
  for (const [name, s] of Object.entries(stacks)) {
    files[`stacks/${name}/cdk.tf.json`] = JSON.stringify(s.json);
    if (s.cost) files[`stacks/${name}/cost.json`] = JSON.stringify(s.cost);
    if (s.allocation) files[`stacks/${name}/allocation.json`] = JSON.stringify(s.allocation);
    if (s.plan) files[`stacks/${name}/plan.json`] = JSON.stringify(s.plan);
  }
  if (manifest) {
    const entries = Object.keys(stacks).map((name) => [name, { name, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, dependencies: [] }]);
    files['manifest.json'] = JSON.stringify({ version: '0.21.0', stacks: Object.fromEntries(entries) });
  }
  const dir = scratchDir(files);
  made.push(dir);
  return dir;
}

/** A folder of tenant files, `<id>.yaml` each. */
export function tenantFiles(files: Record<string, string>): string {
  const dir = scratchDir(Object.fromEntries(Object.entries(files).map(([id, yaml]) => [`${id}.yaml`, yaml])));
  made.push(dir);
  return dir;
}

/** One entry of a plan's `resource_changes`, as `terraform show -json` writes it (the fields the review reads). */
export interface ChangeFixture {
  readonly address: string;
  readonly actions: readonly string[];
  readonly replace_paths?: readonly (readonly (string | number)[])[];
  readonly action_reason?: string;
  readonly mode?: 'managed' | 'data';
}

/** `terraform show -json` of a plan with the given resource changes (type and name taken from the address). */
export function planJson(changes: readonly ChangeFixture[]): Record<string, unknown> {
  return {
    format_version: '1.2',
    terraform_version: '1.11.0',
    planned_values: { root_module: {} },
    resource_changes: changes.map((c) => {
      const [type, name] = c.address.replace(/^data\./, '').replace(/\[.*\]$/, '').split('.');
      return {
        address: c.address,
        mode: c.mode ?? (c.address.startsWith('data.') ? 'data' : 'managed'),
        type,
        name,
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: c.actions, before: {}, after: {}, after_unknown: {}, ...(c.replace_paths ? { replace_paths: c.replace_paths } : {}) },
        ...(c.action_reason ? { action_reason: c.action_reason } : {}),
      };
    }),
  };
}

/** A folder of `<stack>.plan.json` files. */
export function plansFolder(plans: Record<string, Record<string, unknown>>): string {
  const dir = scratchDir(Object.fromEntries(Object.entries(plans).map(([stack, plan]) => [`${stack}.plan.json`, JSON.stringify(plan)])));
  made.push(dir);
  return dir;
}
