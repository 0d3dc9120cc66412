import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { stringify } from 'yaml';
import { PlatformSettings, PlatformSettingsInput, PlatformSettingsSchema } from '../lib/model/platform-settings';
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

/** Fleet settings (tenants/_platform.yaml) from inline input, defaults applied; throws if the input is invalid. */
export function settingsOf(input: PlatformSettingsInput = {}): PlatformSettings {
  return PlatformSettingsSchema.parse(input);
}

/** A fleet's deployer, admins, runner networks and receivers on every cloud, for tests of what they reach. */
export const FLEET_SETTINGS: PlatformSettingsInput = {
  deployer: {
    aws: { roleArn: 'arn:aws:iam::111122223333:role/tt-deployer' },
    azure: { objectId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', name: 'tt-deployer' },
    gcp: { serviceAccount: 'tt-deployer@acme-platform.iam.gserviceaccount.com' },
  },
  admins: {
    aws: { roleArns: ['arn:aws:iam::111122223333:role/break-glass'] },
    azure: { groupObjectIds: ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'] },
    gcp: { members: ['group:platform-admins@example.com'] },
  },
  runners: { cidrs: ['172.31.0.0/20'], publicIps: ['203.0.113.10/32'] },
  alerts: {
    receivers: [{ email: 'oncall@example.com' }, { webhook: 'https://hooks.example.com/alerts' }, { onCall: { name: 'pagerduty', urlVariable: 'pagerduty_url' } }],
  },
};

/** FLEET_SETTINGS as a tenants/_platform.yaml file. */
export const FLEET_SETTINGS_YAML = stringify(FLEET_SETTINGS);

/**
 * Files of a tenants folder (names relative to it) whose free tier a plugin redefined at 100 USD a month on every
 * cloud, with the fleet's settings: a free tenant beside a standard one in an Azure pool (about 185 USD) is then over
 * its budget. The built-in budgets hold every tier (test/tiers/budgets.test.ts); this is a platform team's own.
 */
export const LOW_FREE_BUDGET_FILES: Readonly<Record<string, string>> = {
  '_platform.yaml': `${FLEET_SETTINGS_YAML}plugins: [./free-at-100.json]\n`,
  'free-at-100.json': JSON.stringify({ name: 'free-at-100', tiers: [{ ...tiers.free, budget: { monthlyUsd: 100 } }] }),
};

/** Synthesized JSON of a tenant stack, parsed; with fleet settings and an address block when given. */
export function synthTenant(
  input: Partial<TenantInput> & { tier: string },
  options: { readonly settings?: PlatformSettingsInput; readonly addressBlock?: string } = {},
): TerraformJson {
  const app = Testing.app();
  const stack = new TenantStack(app, {
    tenant: tenantOf(input),
    settings: options.settings ? settingsOf(options.settings) : undefined,
    addressBlock: options.addressBlock,
  });
  return JSON.parse(Testing.synth(stack));
}

/** A synthesized stack: resource type -> logical name -> attributes. */
export interface TerraformJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, unknown>;
  provider?: Record<string, unknown[]>;
  terraform?: Record<string, unknown>;
  ephemeral?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  locals?: Record<string, unknown>;
}

/**
 * The arguments of an ephemeral block, each read through the local it names (lib/cloud-kit/ephemeral.ts routes them
 * through a local); undefined when the stack has no such block.
 */
export function ephemeralArguments(json: TerraformJson, type: string, name: string): Record<string, unknown> | undefined {
  const block = json.ephemeral?.[type]?.[name];
  if (!block) return undefined;
  return Object.fromEntries(
    Object.entries(block).map(([argument, value]) => {
      const match = /^\$\{local\.([^.]+)\.([^.}]+)\}$/.exec(String(value));
      if (!match) return [argument, value];
      return [argument, (json.locals?.[match[1]] as Record<string, unknown> | undefined)?.[match[2]]];
    }),
  );
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
