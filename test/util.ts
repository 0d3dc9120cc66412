import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { resolveTenant, ResolvedTenant } from '../lib/model/resolve';
import { TenantInput, TenantSchema } from '../lib/model/tenant';
import { tiers } from '../tiers';
import { TenantStack } from '../stacks/tenant-stack';

/** The repository root, for tests that read its files (tenants/, docs/, RULES.md). */
export const REPO_ROOT = path.resolve(__dirname, '..');

/** A tenant fitted to a built-in tier, from inline input; throws if the input is invalid. */
export function tenantOf(input: Partial<TenantInput> & { tier: string; id?: string }): ResolvedTenant {
  const spec = TenantSchema.parse({ id: 'acme', cloud: 'aws', region: 'us-east-1', ...input });
  const result = resolveTenant(spec, tiers);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.tenant;
}

/** Synthesized JSON of a tenant stack, parsed. */
export function synthTenant(input: Partial<TenantInput> & { tier: string }): TerraformJson {
  const app = Testing.app();
  const stack = new TenantStack(app, { tenant: tenantOf(input) });
  return JSON.parse(Testing.synth(stack));
}

/** A synthesized stack: resource type -> logical name -> attributes. */
export interface TerraformJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, unknown>;
  provider?: Record<string, unknown[]>;
  terraform?: Record<string, unknown>;
}

/** All resources of one type, without cdktf's "//" metadata. */
export function resourcesOf(json: TerraformJson, type: string): Record<string, unknown>[] {
  return Object.values(json.resource[type] ?? {}).map((r) => {
    const copy = { ...r };
    delete copy['//'];
    return copy;
  });
}

/** The only resource of a type; fails the test when there is not exactly one. */
export function onlyResource(json: TerraformJson, type: string): Record<string, unknown> {
  const all = resourcesOf(json, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** A scratch folder with the given files, removed by the caller. */
export function scratchDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-test-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export { App };
