import * as fs from 'fs';
import * as path from 'path';
import { SpecError, SpecErrors, fieldPath } from './errors';
import { LoadTenantsOptions, ParsedTenantFile, loadTenants, parseTenantFile } from './load';
import { ResolvedTenant, resolveTenant } from './resolve';
import type { Tier } from './tier';

/** The file of a tenant id, when the folder has `<id>.yaml` or `<id>.yml`. */
function fileOf(dir: string, id: string): string | undefined {
  return ['.yaml', '.yml'].map((ext) => path.join(dir, `${id}${ext}`)).find((f) => fs.existsSync(f));
}

/**
 * Loads some tenants by id, reading only their files (`<id>.yaml`): how a synth of a few tenants out of a thousand
 * stays fast. An id without its own file falls back to reading the whole folder (`loadTenants`), which explains
 * what is wrong.
 * @param ids tenant ids; ids of files that no longer exist are skipped when `skipMissing` (pool members a lock still lists)
 * @throws SpecErrors listing every problem with file, line, field and fix.
 */
export function loadTenantsById(
  dir: string,
  catalogue: Readonly<Record<string, Tier>>,
  ids: readonly string[],
  skipMissing = false,
  checks: Pick<LoadTenantsOptions, 'check' | 'warn'> = {},
): ResolvedTenant[] {
  const files = ids.map((id) => ({ id, file: fileOf(dir, id) }));
  const missing = files.filter((f) => !f.file);
  if (missing.length > 0 && !skipMissing) return loadTenants({ dir, catalogue, only: ids, ...checks });
  const errors: SpecError[] = [];
  const tenants: ResolvedTenant[] = [];
  const parsedOf = new Map<string, ParsedTenantFile>();
  for (const { id, file } of files) {
    if (!file) continue;
    const parsed = parseTenantFile(file);
    errors.push(...parsed.errors);
    if (!parsed.spec) continue;
    if (parsed.spec.id !== id) {
      errors.push(new SpecError(`tenant '${parsed.spec.id}' (${parsed.where(['id'])}): the file is named for '${id}'; rename the file to ${parsed.spec.id}${path.extname(file)}`));
      continue;
    }
    const result = resolveTenant(parsed.spec, catalogue, parsed.file);
    parsedOf.set(parsed.spec.id, parsed);
    if (result.ok) tenants.push(result.tenant);
    else for (const issue of result.issues) errors.push(new SpecError(`tenant '${parsed.spec.id}' (${parsed.where(issue.path)}): ${issue.message}`));
  }
  // The checks across tenant files (lib/fleet-checks.ts), placed at file:line as loadTenants places them.
  const warn = checks.warn ?? ((message: string) => console.warn(message));
  for (const issue of checks.check?.(tenants) ?? []) {
    const parsed = parsedOf.get(issue.tenantId);
    const field = fieldPath(issue.path);
    const line = `tenant '${issue.tenantId}' (${parsed ? parsed.where(issue.path) : dir}): ${field ? `${field}: ` : ''}${issue.message}`;
    if (issue.level === 'warning') warn(`warning: ${line}`);
    else errors.push(new SpecError(line));
  }
  if (errors.length > 0) throw new SpecErrors(errors);
  return tenants;
}
