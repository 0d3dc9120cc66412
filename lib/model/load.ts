import * as fs from 'fs';
import * as path from 'path';
import type { z } from 'zod';
import { SpecError, SpecErrors, fieldPath } from './errors';
import { ResolvedTenant, resolveTenant } from './resolve';
import { TenantSchema, TenantSpec } from './tenant';
import type { Tier } from './tier';
import { PLATFORM_SETTINGS_FILE } from './platform-settings';
import { readYamlFile } from './yaml-file';

/** A tenant file read from disk, before it is fitted to its tier. */
export interface ParsedTenantFile {
  readonly file: string;
  readonly spec?: TenantSpec;
  /** The raw `id`, when the file had one, so errors and duplicates can name it. */
  readonly rawId?: string;
  readonly errors: SpecError[];
  /** `file:line` of a field path, or `file` when the field is not in the file. */
  readonly where: (fieldPath: readonly PropertyKey[]) => string;
}

export interface LoadTenantsOptions {
  /** Folder of `*.yaml` / `*.yml` tenant files. */
  readonly dir: string;
  /** Tier catalogue to fit tenants to. */
  readonly catalogue: Readonly<Record<string, Tier>>;
  /** Only these tenant ids; every tenant when absent or empty. */
  readonly only?: readonly string[];
}

/** Parses `TENANTS=acme,globex` style lists. */
export function parseTenantList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Reads every tenant file in `dir`, validates it, fits it to its tier and returns the selected tenants.
 * @throws SpecErrors listing every problem, each with file, line, field and fix; nothing is returned then.
 */
export function loadTenants(options: LoadTenantsOptions): ResolvedTenant[] {
  const dir = options.dir;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new SpecError(`tenant folder '${dir}' does not exist; create it with one <id>.yaml file per tenant`);
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && f !== PLATFORM_SETTINGS_FILE)
    .sort()
    .map((f) => path.join(dir, f));
  const parsed = files.map(parseTenantFile);
  const only = options.only?.length ? new Set(options.only) : undefined;
  const selected = only ? parsed.filter((p) => p.rawId !== undefined && only.has(p.rawId)) : parsed;

  const errors: SpecError[] = [];
  if (only) {
    const known = new Set(parsed.map((p) => p.rawId));
    for (const id of only) {
      if (!known.has(id)) {
        const list = [...known].filter(Boolean).join(', ') || 'none';
        errors.push(new SpecError(`TENANTS names '${id}', but no file in ${dir}/ has that id (known: ${list}); fix the list`));
      }
    }
  }

  const firstFileOfId = new Map<string, ParsedTenantFile>();
  for (const p of parsed) {
    if (p.rawId === undefined) continue;
    const first = firstFileOfId.get(p.rawId);
    if (!first) {
      firstFileOfId.set(p.rawId, p);
    } else if (!only || only.has(p.rawId)) {
      errors.push(
        new SpecError(`tenant '${p.rawId}' (${p.where(['id'])}): id is already used by ${first.where(['id'])}; give each tenant its own id`),
      );
    }
  }

  const tenants: ResolvedTenant[] = [];
  for (const p of selected) {
    errors.push(...p.errors);
    if (!p.spec) continue;
    const result = resolveTenant(p.spec, options.catalogue, p.file);
    if (result.ok) {
      tenants.push(result.tenant);
    } else {
      for (const issue of result.issues) {
        errors.push(new SpecError(`tenant '${p.spec.id}' (${p.where(issue.path)}): ${issue.message}`));
      }
    }
  }
  if (files.length === 0) errors.push(new SpecError(`no tenant files (*.yaml) in '${dir}'; add one per tenant`));
  if (errors.length > 0) throw new SpecErrors(errors);
  return tenants;
}

/** Reads and validates one tenant file; problems come back in `errors`, never as a throw. */
export function parseTenantFile(file: string): ParsedTenantFile {
  const yaml = readYamlFile(file);
  const { display, where } = yaml;
  if (yaml.errors.length > 0) return { file, errors: yaml.errors, where };
  const raw = yaml.value;
  const rawId =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  const label = rawId ? `tenant '${rawId}'` : 'tenant';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { file, rawId, errors: [new SpecError(`${display}: a tenant file must be a YAML mapping (id, tier, cloud, region, ...)`)], where };
  }
  const result = TenantSchema.safeParse(raw);
  if (!result.success) {
    const errors = result.error.issues.flatMap((issue) => issueErrors(issue, label, where));
    return { file, rawId, errors, where };
  }
  return { file, rawId, spec: result.data, errors: [], where };
}

function issueErrors(
  issue: z.core.$ZodIssue,
  label: string,
  where: (fp: readonly PropertyKey[]) => string,
): SpecError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const fp = [...issue.path, key];
      return new SpecError(`${label} (${where(fp)}): unknown field '${fieldPath(fp)}'; remove it or fix its spelling`);
    });
  }
  const field = fieldPath(issue.path) || '(root)';
  const message = issue.code === 'invalid_type' && issue.input === undefined ? `is required` : issue.message;
  return [new SpecError(`${label} (${where(issue.path)}): ${field}: ${message}`)];
}
