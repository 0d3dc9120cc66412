import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { SpecError, SpecErrors, fieldPath } from './errors';
import { describeIssue } from './issues';
import { readYamlFile } from './yaml-file';

/** The fleet's settings file, in the tenants folder beside the tenant files; the `_` marks it as not a tenant. */
export const PLATFORM_SETTINGS_FILE = '_platform.yaml';

/** Settings that apply to every tenant of a fleet (a tenants folder). */
/** How big a pool may grow before the next tenant of its cloud and region starts another (lib/pool/limits.ts has the defaults). */
export const PoolSettingsSchema = z.strictObject({
  /** Tenants per pool. @default 50 */
  maxTenants: z.number().int().positive().optional().describe('Tenants per pool (default 50)'),
  /** Nodes a pool runs before the autoscaler's ceiling. @default 100 */
  maxNodes: z.number().int().positive().optional().describe('Nodes per pool before autoscaling (default 100)'),
  /** Storage of a pool's database server, GB. @default 4096 */
  maxDatabaseStorageGb: z.number().int().positive().optional().describe('Database storage per pool, GB (default 4096)'),
  /** Spare capacity above the sum of the tenants' quotas, percent. @default 25 */
  headroomPercent: z.number().min(0).max(400).optional().describe('Spare pool capacity above the sum of quotas, percent (default 25)'),
});
export type PoolSettings = z.infer<typeof PoolSettingsSchema>;

export const PlatformSettingsSchema = z.strictObject({
  /**
   * Plugin modules (tiers, policy rules and packs, prices), loaded in order: paths relative to this file
   * (`./plugins/acme.js`) or package names.
   */
  plugins: z.array(z.string().min(1)).default([]).describe('Plugin modules: paths relative to this file, or package names'),
  /** Pool limits and headroom. @default - the defaults of lib/pool/limits.ts */
  pools: PoolSettingsSchema.default({}).describe('Pool limits and headroom'),
});
export type PlatformSettings = z.infer<typeof PlatformSettingsSchema>;
export type PlatformSettingsInput = z.input<typeof PlatformSettingsSchema>;

/** The settings file of a tenants folder. */
export function platformSettingsFile(tenantsDir: string): string {
  return path.join(tenantsDir, PLATFORM_SETTINGS_FILE);
}

/**
 * Reads `<tenantsDir>/_platform.yaml`; every setting has a default, so a fleet without the file gets the defaults.
 * @throws SpecErrors listing every problem with file, line, field and fix.
 */
export function loadPlatformSettings(tenantsDir: string): PlatformSettings {
  const file = platformSettingsFile(tenantsDir);
  if (!fs.existsSync(file)) return PlatformSettingsSchema.parse({});
  // readYamlFile refuses anything but a regular file (a FIFO would block) and names the file in every problem.
  const yaml = readYamlFile(file);
  if (yaml.errors.length > 0) throw new SpecErrors(yaml.errors);
  const raw = yaml.value ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecErrors([new SpecError(`${yaml.display}: the platform settings must be a YAML mapping (plugins, ...)`)]);
  }
  const result = PlatformSettingsSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw new SpecErrors(
    result.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(
          (key) => new SpecError(`platform settings (${yaml.where([...issue.path, key])}): unknown field '${fieldPath([...issue.path, key])}'; remove it or fix its spelling`),
        );
      }
      return [new SpecError(`platform settings (${yaml.where(issue.path)}): ${fieldPath(issue.path) || '(root)'}: ${describeIssue(issue)}`)];
    }),
  );
}
