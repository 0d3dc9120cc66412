import * as fs from 'fs';
import * as path from 'path';
import type { z } from 'zod';
import { SpecError, SpecErrors, fieldPath } from './errors';
import { describeIssue } from './issues';
import { ResolvedTenant, resolveTenant } from './resolve';
import { rawTagIssues } from './tags';
import { TenantSchema, TenantSpec } from './tenant';
import type { Tier } from './tier';
import { PLATFORM_SETTINGS_FILE } from './platform-settings';
import { displayPath, readYamlFile } from './yaml-file';

/** A tenant file read from disk, before it is fitted to its tier. */
export interface ParsedTenantFile {
  readonly file: string;
  readonly spec?: TenantSpec;
  /** The raw `id`, when the file had one, so errors and duplicates can name it. */
  readonly rawId?: string;
  /** The raw `tier`, when the file had one, so an unknown tier is reported even when other fields are invalid. */
  readonly rawTier?: string;
  readonly errors: SpecError[];
  /** `file:line` of a field path, or `file` when the field is not in the file. */
  readonly where: (fieldPath: readonly PropertyKey[]) => string;
}

/** A problem a check across the fleet finds in one tenant's file (see LoadTenantsOptions.check). */
export interface FleetIssue {
  readonly tenantId: string;
  /** The field, for `file:line`; [] for the whole file. */
  readonly path: readonly PropertyKey[];
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** `warning` is printed and does not fail. @default 'error' */
  readonly level?: 'error' | 'warning';
}

export interface LoadTenantsOptions {
  /** Folder of `*.yaml` / `*.yml` tenant files. */
  readonly dir: string;
  /** Tier catalogue to fit tenants to. */
  readonly catalogue: Readonly<Record<string, Tier>>;
  /** Only these tenant ids; every tenant when absent or empty. */
  readonly only?: readonly string[];
  /**
   * Checks that need more than the tenant file: rule ids of suppressions, stack names across tenants. Called with
   * every selected tenant that fits its tier; its issues are placed at `file:line` like the others.
   * @default - none
   */
  readonly check?: (tenants: readonly ResolvedTenant[]) => readonly FleetIssue[];
  /** Receives warnings: skipped files, lapsed suppressions. @default console.warn */
  readonly warn?: (message: string) => void;
}

/** Tenant files end in `.yaml` or `.yml`; files starting with `.` (editor lock and swap files) are never read. */
const TENANT_FILE = /\.ya?ml$/;
/** A file that would be a tenant file but for the case of its extension (`ACME.YAML`). */
const MISCASED_TENANT_FILE = /\.ya?ml$/i;
/** Most problems reported per file: a file with thousands of broken lines needs its first few fixed, not a wall of text. */
export const MAX_ERRORS_PER_FILE = 20;

/** Parses `TENANTS=acme,globex` style lists. */
export function parseTenantList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The tenant files of a folder, sorted, with problems about the folder and its entries. */
function tenantFiles(dir: string, warn: (message: string) => void): { files: string[]; errors: SpecError[] } {
  const shown = displayPath(dir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    return { files: [], errors: [new SpecError(`tenant folder '${shown}' does not exist; create it with one <id>.yaml file per tenant`)] };
  }
  if (!stat.isDirectory()) return { files: [], errors: [new SpecError(`tenant folder '${shown}' is not a folder; give the folder that holds the <id>.yaml files`)] };
  let entries: string[];
  try {
    entries = fs.readdirSync(dir).sort();
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { files: [], errors: [new SpecError(`tenant folder '${shown}' cannot be read (${reason}); check its permissions`)] };
  }
  const files: string[] = [];
  const errors: SpecError[] = [];
  for (const name of entries) {
    if (name.startsWith('.') || name === PLATFORM_SETTINGS_FILE || !MISCASED_TENANT_FILE.test(name)) continue;
    const file = path.join(dir, name);
    if (!TENANT_FILE.test(name)) {
      const fixed = name.replace(MISCASED_TENANT_FILE, (ext) => ext.toLowerCase());
      errors.push(new SpecError(`${displayPath(file)}: tenant files end in .yaml or .yml in lowercase, so this one would be skipped; rename it to ${fixed}`));
      continue;
    }
    let kind: string | undefined;
    try {
      const s = fs.statSync(file);
      kind = s.isFile() ? undefined : s.isDirectory() ? 'a folder' : s.isFIFO() ? 'a named pipe' : s.isSocket() ? 'a socket' : 'a device';
    } catch {
      kind = undefined; // a broken link: reading it reports the error with the file name
    }
    if (kind) {
      warn(`warning: ${displayPath(file)} is ${kind}, not a tenant file; skipped`);
      continue;
    }
    files.push(file);
  }
  return { files, errors };
}

/**
 * Reads every tenant file in `dir`, validates it, fits it to its tier and returns the selected tenants; every problem
 * of the selected files is reported at once.
 * @throws SpecErrors listing every problem, each with file, line, field and fix; nothing is returned then.
 */
export function loadTenants(options: LoadTenantsOptions): ResolvedTenant[] {
  const { dir, catalogue } = options;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const listed = tenantFiles(dir, warn);
  const errors: SpecError[] = [...listed.errors];
  const parsed = listed.files.map(parseTenantFile);
  const only = options.only?.length ? new Set(options.only) : undefined;

  if (only) {
    const known = new Set(parsed.map((p) => p.rawId));
    for (const id of only) {
      if (!known.has(id)) {
        const list = [...known].filter(Boolean).join(', ') || 'none';
        errors.push(new SpecError(`tenant '${id}' was asked for, but no file in '${displayPath(dir)}' has that id (known: ${list}); check the spelling`));
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

  // With a selection, only the selected files are checked: a broken file of another tenant does not block them.
  const selected = only ? parsed.filter((p) => p.rawId !== undefined && only.has(p.rawId)) : parsed;
  const resolved: { tenant: ResolvedTenant; file: ParsedTenantFile }[] = [];
  for (const p of selected) {
    const label = p.rawId ? `tenant '${p.rawId}'` : 'tenant';
    const fileErrors: SpecError[] = [...p.errors];
    const stem = path.basename(p.file).replace(TENANT_FILE, '');
    if (p.rawId !== undefined && p.rawId !== stem) {
      fileErrors.push(
        new SpecError(`${label} (${p.where(['id'])}): the file is named '${path.basename(p.file)}' but the id is '${p.rawId}'; rename the file to ${p.rawId}${path.extname(p.file)} or set id: ${stem}`),
      );
    }
    if (p.spec) {
      const result = resolveTenant(p.spec, catalogue, p.file);
      if (result.ok) resolved.push({ tenant: result.tenant, file: p });
      else for (const issue of result.issues) fileErrors.push(new SpecError(`${label} (${p.where(issue.path)}): ${issue.message}`));
    } else if (p.rawTier !== undefined && !Object.hasOwn(catalogue, p.rawTier)) {
      fileErrors.push(new SpecError(`${label} (${p.where(['tier'])}): unknown tier '${p.rawTier}'; use one of: ${Object.keys(catalogue).join(', ')}`));
    }
    errors.push(...capped(fileErrors, displayPath(p.file)));
  }

  const byId = new Map(resolved.map((r) => [r.tenant.spec.id, r.file]));
  for (const issue of options.check?.(resolved.map((r) => r.tenant)) ?? []) {
    const file = byId.get(issue.tenantId);
    const where = file ? file.where(issue.path) : displayPath(dir);
    const field = fieldPath(issue.path);
    const line = `tenant '${issue.tenantId}' (${where}): ${field ? `${field}: ` : ''}${issue.message}`;
    if (issue.level === 'warning') warn(`warning: ${line}`);
    else errors.push(new SpecError(line));
  }

  if (listed.files.length === 0 && listed.errors.length === 0) {
    errors.push(new SpecError(`no tenant files (*.yaml) in '${displayPath(dir)}'; add one per tenant`));
  }
  if (errors.length > 0) throw new SpecErrors(errors);
  return resolved.map((r) => r.tenant);
}

/** The first MAX_ERRORS_PER_FILE problems of a file, and a line saying how many more there are. */
function capped(errors: readonly SpecError[], file: string): SpecError[] {
  if (errors.length <= MAX_ERRORS_PER_FILE) return [...errors];
  const more = errors.length - MAX_ERRORS_PER_FILE;
  return [...errors.slice(0, MAX_ERRORS_PER_FILE), new SpecError(`${file}: ${more} more problem(s) not shown; fix the ones above and validate again`)];
}

/** Reads and validates one tenant file; problems come back in `errors`, never as a throw. */
export function parseTenantFile(file: string): ParsedTenantFile {
  const yaml = readYamlFile(file);
  const { display, where } = yaml;
  if (yaml.errors.length > 0) return { file, errors: yaml.errors, where };
  const raw = yaml.value;
  const field = (name: string): string | undefined => {
    const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const rawId = field('id');
  const rawTier = field('tier');
  const label = rawId ? `tenant '${rawId}'` : 'tenant';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { file, rawId, errors: [new SpecError(`${display}: a tenant file must be a YAML mapping (id, tier, cloud, region, ...)`)], where };
  }
  const errors = rawTagIssues(raw).map((issue) => new SpecError(`${label} (${where(issue.path)}): tags.${String(issue.path[1])}: ${issue.message}`));
  const result = TenantSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    errors.push(...result.error.issues.flatMap((issue) => issueErrors(issue, label, where)));
    return { file, rawId, rawTier, errors, where };
  }
  return { file, rawId, rawTier, spec: errors.length === 0 ? result.data : undefined, errors, where };
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
  return [new SpecError(`${label} (${where(issue.path)}): ${field}: ${describeIssue(issue)}`)];
}
