/**
 * The synth folder, in one place: stack names, the folder and file names cdktf and this library write, and their
 * readers and writers. Everything that names a stack, or reads or writes a file in `cdktf.out`, imports it.
 *
 * ```
 * cdktf.out/
 *   manifest.json                      cdktf's list of stacks
 *   tenant-templates.json              marks the folder as a synth output, which the next synth may replace
 *   stacks/<stack>/cdk.tf.json         the stack's Terraform JSON
 *   stacks/<stack>/cost.json, cost.md  its monthly cost (tenant stacks and pools)
 *   stacks/<pool>/allocation.json, allocation.md   a pool's cost split over its tenants
 *   stacks/<stack>/plan.json           `terraform show -json` of the stack's plan, when you put it there
 * <plans folder>/<stack>.plan.json     the same plans, in a folder of their own (`tenants rollout` writes one)
 * ```
 */
import * as fs from 'fs';
import * as path from 'path';
import type { TerraformStack } from 'cdktf';
import { z } from 'zod';
import type { BudgetCheck } from './cost/budget';
import type { CostReport } from './cost/model';
import { CostFileSchema, renderCostJson } from './cost/render/json';
import { renderCostMarkdown } from './cost/render/markdown';
import type { Cloud, Isolation } from './model/enums';
import { PoolCostAllocation, PoolCostAllocationSchema, renderAllocationMarkdown } from './pool/cost';

/** Where synth writes unless told otherwise (cdktf's default). */
export const DEFAULT_OUTDIR = 'cdktf.out';
/** The folder of stacks inside the output folder (cdktf's `Manifest.stacksFolder`). */
export const STACKS_FOLDER = 'stacks';
/** The Terraform JSON of a stack (cdktf's `stackFileName`). */
export const STACK_FILE = 'cdk.tf.json';
/** cdktf's list of the stacks it wrote. */
export const MANIFEST_FILE = 'manifest.json';
/**
 * Written by every synth: the next synth replaces a folder only when it has this file (or is a synth folder of an
 * older version: a cdktf manifest and nothing else), so `--out` naming a folder of your files refuses instead of
 * deleting it.
 */
export const SYNTH_MARKER_FILE = 'tenant-templates.json';
/** A synth is staged in `<outdir>.staging-<pid>` beside the output folder and swapped in when every stack succeeded. */
export const STAGING_INFIX = '.staging-';
/** A stack's monthly cost, beside its Terraform JSON. */
export const COST_FILES = { json: 'cost.json', markdown: 'cost.md' } as const;
/** A pool's cost split over its tenants, beside the pool's Terraform JSON. */
export const ALLOCATION_FILES = { json: 'allocation.json', markdown: 'allocation.md' } as const;
/** `terraform show -json` of a stack's plan, beside its Terraform JSON. */
export const PLAN_FILE = 'plan.json';
/** The ending of a stack's plan in a folder of plans: `<stack>.plan.json`. */
export const PLAN_FILE_SUFFIX = '.plan.json';

const TENANT_PREFIX = 'tenant-';
const WORKLOADS_SUFFIX = '-workloads';
const POOL_PREFIX = 'pool-';

/** Stack name of a tenant: `tenant-<id>`, so `cdktf deploy tenant-<id>` deploys one tenant. */
export function tenantStackName(tenantId: string): string {
  return `${TENANT_PREFIX}${tenantId}`;
}

/** Stack name of a tenant's in-cluster workloads: `tenant-<id>-workloads`. */
export function workloadsStackName(tenantId: string): string {
  return `${tenantStackName(tenantId)}${WORKLOADS_SUFFIX}`;
}

/** Every stack a tenant gets: `tenant-<id>`, and `tenant-<id>-workloads` when it is siloed. */
export function tenantStackNames(tenantId: string, isolation: Isolation): string[] {
  return isolation === 'siloed' ? [tenantStackName(tenantId), workloadsStackName(tenantId)] : [tenantStackName(tenantId)];
}

/** Stack name of a pool's in-cluster shared objects: `<pool>-workloads`. */
export function poolWorkloadsStackName(poolStackName: string): string {
  return `${poolStackName}${WORKLOADS_SUFFIX}`;
}

/**
 * Stack name of a pool: `pool-<cloud>-<region>` for the first pool of a cloud and region (the name pools had before
 * sharding, so their state stays where it is), `pool-<cloud>-<region>-<n>` for the n-th.
 */
export function poolStackName(cloud: Cloud, region: string, shard = 1): string {
  return `${POOL_PREFIX}${cloud}-${region}${shard === 1 ? '' : `-${shard}`}`;
}

/** What a stack is, by its name: `tenant-<id>`, `tenant-<id>-workloads`, `pool-...`, `pool-...-workloads`, or anything else. */
export const STACK_KINDS = ['tenant', 'workloads', 'pool', 'pool-workloads', 'other'] as const;
export type StackKind = (typeof STACK_KINDS)[number];

/** What a stack name says about the stack. */
export interface StackIdentity {
  readonly kind: StackKind;
  /** The tenant of a `tenant-<id>` or `tenant-<id>-workloads` stack. */
  readonly tenantId?: string;
  /** The pool stack of a `pool-...` or `pool-...-workloads` stack (the pool itself for the first). */
  readonly pool?: string;
}

/**
 * `tenant-<id>` (a tenant's platform or slice), `tenant-<id>-workloads`, `pool-...`, `pool-...-workloads`, or `other`.
 * `tenant-x-workloads` is the workloads stack of `x` when `tenant-x` is among `names`, else the stack of tenant `x-workloads`.
 */
export function stackIdentity(name: string, names: ReadonlySet<string>): StackIdentity {
  if (name.startsWith(POOL_PREFIX)) {
    const pool = name.slice(0, -WORKLOADS_SUFFIX.length);
    return name.endsWith(WORKLOADS_SUFFIX) && names.has(pool) ? { kind: 'pool-workloads', pool } : { kind: 'pool', pool: name };
  }
  if (!name.startsWith(TENANT_PREFIX)) return { kind: 'other' };
  if (name.endsWith(WORKLOADS_SUFFIX) && names.has(name.slice(0, -WORKLOADS_SUFFIX.length))) {
    return { kind: 'workloads', tenantId: name.slice(TENANT_PREFIX.length, -WORKLOADS_SUFFIX.length) };
  }
  return { kind: 'tenant', tenantId: name.slice(TENANT_PREFIX.length) };
}

/** The output a pool stack (and its workloads stack) lists the ids of the tenants it serves in. */
export const POOL_TENANTS_OUTPUT = 'tenants';

/** The tenant ids a pool stack serves, from its outputs (`output.tenants.value`, a list of ids). */
export function poolTenantIds(outputs: Readonly<Record<string, unknown>>): string[] {
  const ids = outputs[POOL_TENANTS_OUTPUT];
  return Array.isArray(ids) ? ids.filter((t): t is string => typeof t === 'string') : [];
}

/** The folder of one stack: `<outdir>/stacks/<stack>`. */
export function stackDir(outdir: string, stackName: string): string {
  return path.join(outdir, STACKS_FOLDER, stackName);
}

/** The Terraform JSON of one stack: `<outdir>/stacks/<stack>/cdk.tf.json`. */
export function stackFile(outdir: string, stackName: string): string {
  return path.join(stackDir(outdir, stackName), STACK_FILE);
}

/** A stack's plan beside its Terraform JSON: `<outdir>/stacks/<stack>/plan.json`. */
export function planFileBeside(outdir: string, stackName: string): string {
  return path.join(stackDir(outdir, stackName), PLAN_FILE);
}

/** A stack's plan in a folder of plans: `<plansDir>/<stack>.plan.json`. */
export function planFileIn(plansDir: string, stackName: string): string {
  return path.join(plansDir, `${stackName}${PLAN_FILE_SUFFIX}`);
}

/**
 * The plans of a folder of plans: stack name -> `<stack>.plan.json`, for every such file in `plansDir`.
 * @throws SynthFolderError when the folder does not exist.
 */
export function planFilesIn(plansDir: string): Map<string, string> {
  if (!fs.existsSync(plansDir) || !fs.statSync(plansDir).isDirectory()) {
    throw new SynthFolderError(`plans folder '${plansDir}' does not exist; write \`terraform show -json\` of each stack's plan there as <stack>${PLAN_FILE_SUFFIX}`);
  }
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(plansDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(PLAN_FILE_SUFFIX) && entry.name.length > PLAN_FILE_SUFFIX.length) {
      files.set(entry.name.slice(0, -PLAN_FILE_SUFFIX.length), path.join(plansDir, entry.name));
    }
  }
  return files;
}

/** The folder cdktf writes `stack` into: `<app outdir>/stacks/<stack name>`. */
export function stackOutdir(stack: TerraformStack): string {
  const root = stack.node.root as { outdir?: string };
  return stackDir(root.outdir ?? DEFAULT_OUTDIR, stack.node.id);
}

/** The staging folder a process synthesizes into: `<outdir>.staging-<pid>`. */
export function stagingDir(outdir: string, pid: number): string {
  return `${outdir}${STAGING_INFIX}${pid}`;
}

/** Staging folders of `outdir` beside it (a synth's, and its workers'), with the process id that made each. */
export function stagingDirs(outdir: string): { dir: string; pid: number }[] {
  const parent = path.dirname(outdir);
  const prefix = `${path.basename(outdir)}${STAGING_INFIX}`;
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  // `<pid>`, or `<pid>-w<n>` for the folders of a parallel synth's workers.
  return names
    .map((n) => ({ n, m: n.startsWith(prefix) ? /^(\d+)(-w\d+)?$/.exec(n.slice(prefix.length)) : null }))
    .filter((x): x is { n: string; m: RegExpExecArray } => x.m !== null)
    .map(({ n, m }) => ({ dir: path.join(parent, n), pid: Number(m[1]) }));
}

/** Marks a folder as a synth output (see SYNTH_MARKER_FILE). */
export function writeSynthMarker(dir: string): void {
  const note = { writtenBy: 'tenant-templates', note: 'this folder is replaced by every synth; keep no files of your own in it' };
  fs.writeFileSync(path.join(dir, SYNTH_MARKER_FILE), `${JSON.stringify(note, null, 2)}\n`);
}

/**
 * True when `dir` is a synth output the next synth may replace: it has SYNTH_MARKER_FILE, or (written before the
 * marker existed) it holds nothing but a cdktf manifest and its stacks folder.
 */
export function isSynthOutput(dir: string): boolean {
  if (fs.existsSync(path.join(dir, SYNTH_MARKER_FILE))) return true;
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return false;
  }
  if (!entries.includes(MANIFEST_FILE) || entries.some((e) => e !== MANIFEST_FILE && e !== STACKS_FOLDER)) return false;
  try {
    return SynthManifestSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'))).success;
  } catch {
    return false;
  }
}

/** A synth folder that cannot be read as one (a broken manifest, a corrupt report): the message names the file and the fix. */
export class SynthFolderError extends Error {
  override readonly name = 'SynthFolderError';
}

/** The part of cdktf's `manifest.json` this library reads. */
export const SynthManifestSchema = z.object({
  stacks: z.record(
    z.string(),
    z.object({
      name: z.string(),
      synthesizedStackPath: z.string(),
      /** The stacks this one must be deployed after (cdktf's `addDependency`, cross-stack references). */
      dependencies: z.array(z.string()).optional(),
      /** Where Terraform runs for it, relative to the synth folder (`stacks/<stack>`). */
      workingDirectory: z.string().optional(),
    }),
  ),
});

/** A stack of a synth folder, as a deploy sees it. */
export interface SynthStackEntry {
  readonly name: string;
  /** Its Terraform JSON. */
  readonly file: string;
  /** Where Terraform runs for it: `<outdir>/stacks/<stack>`. */
  readonly workingDirectory: string;
  /** The stacks it must be deployed after, as cdktf's manifest lists them. */
  readonly dependencies: readonly string[];
}

/** Reads and checks `manifest.json`. */
function readManifest(manifest: string, again: string): z.infer<typeof SynthManifestSchema> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new SynthFolderError(`${manifest}: not valid JSON (${detail}); ${again}, or delete it to read ${STACKS_FOLDER}/*/${STACK_FILE}`);
  }
  const parsed = SynthManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new SynthFolderError(`${manifest}: not a cdktf manifest (no "stacks" with a synthesizedStackPath each); ${again}`);
  }
  return parsed.data;
}

/**
 * The stacks of a synth folder with their dependencies, from cdktf's `manifest.json` (the one place they are
 * recorded). A dependency on a stack the manifest does not list is an error: the folder is not one synth.
 * @throws SynthFolderError when the manifest is missing, broken or inconsistent.
 */
export function synthStackEntries(outdir: string): Map<string, SynthStackEntry> {
  const manifest = path.join(outdir, MANIFEST_FILE);
  const again = `synthesize into '${outdir}' again`;
  if (!fs.existsSync(manifest)) {
    throw new SynthFolderError(`${manifest} does not exist: the deploy order comes from cdktf's manifest; synthesize first (\`tenants synth --out ${outdir}\`)`);
  }
  const stacks = readManifest(manifest, again).stacks;
  const entries = new Map<string, SynthStackEntry>();
  for (const s of Object.values(stacks)) {
    entries.set(s.name, {
      name: s.name,
      file: path.join(outdir, s.synthesizedStackPath),
      workingDirectory: path.join(outdir, s.workingDirectory ?? path.dirname(s.synthesizedStackPath)),
      dependencies: [...(s.dependencies ?? [])],
    });
  }
  for (const entry of entries.values()) {
    const unknown = entry.dependencies.find((d) => !entries.has(d));
    if (unknown !== undefined) throw new SynthFolderError(`${manifest}: stack '${entry.name}' depends on '${unknown}', which the manifest does not list; ${again}`);
  }
  return entries;
}

/**
 * Stack name -> Terraform JSON path of a synth folder: from `manifest.json` when present, else from
 * `stacks/<name>/cdk.tf.json`. Empty when the folder has neither.
 * @param label what the folder is (`base`, `head`), for messages.
 * @throws SynthFolderError when the manifest is not JSON or not a cdktf manifest.
 */
export function synthStackFiles(outdir: string, label?: string): Map<string, string> {
  const manifest = path.join(outdir, MANIFEST_FILE);
  const again = `synthesize ${label ? `the ${label} ` : ''}again`;
  const files = new Map<string, string>();
  if (fs.existsSync(manifest)) {
    for (const stack of Object.values(readManifest(manifest, again).stacks)) files.set(stack.name, path.join(outdir, stack.synthesizedStackPath));
    return files;
  }
  const stacksDir = path.join(outdir, STACKS_FOLDER);
  if (!fs.existsSync(stacksDir)) return files;
  for (const entry of fs.readdirSync(stacksDir, { withFileTypes: true })) {
    const file = path.join(stacksDir, entry.name, STACK_FILE);
    if (entry.isDirectory() && fs.existsSync(file)) files.set(entry.name, file);
  }
  return files;
}

/**
 * Writes `cost.json` and `cost.md` into a stack's folder, creating it when needed.
 * @returns the paths written.
 */
export function writeCostReport(dir: string, report: CostReport, budget?: BudgetCheck): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const entries = [{ report, budget }];
  const json = path.join(dir, COST_FILES.json);
  const markdown = path.join(dir, COST_FILES.markdown);
  fs.writeFileSync(json, renderCostJson(entries));
  fs.writeFileSync(markdown, renderCostMarkdown(entries));
  return [json, markdown];
}

/**
 * Reads the `cost.json` synth wrote in a stack's folder.
 * @returns its reports merged into one, or undefined when there is no such file.
 * @throws SynthFolderError naming the file when it is not JSON or not a cost report.
 */
export function readCostReport(dir: string): CostReport | undefined {
  const file = path.join(dir, COST_FILES.json);
  if (!fs.existsSync(file)) return undefined;
  const fix = `synthesize again, or delete it to estimate from ${STACK_FILE}`;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SynthFolderError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)}); ${fix}`);
  }
  const parsed = CostFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SynthFolderError(`${file}: not a cost report (${issue.path.join('.') || '(root)'}: ${issue.message}); ${fix}`);
  }
  const reports = parsed.data.reports;
  const first = reports[0];
  return {
    name: first?.name ?? path.basename(dir),
    currency: 'USD',
    catalogDates: Object.assign({}, ...reports.map((r) => r.catalogDates)),
    resources: reports.flatMap((r) => r.resources),
    monthlyCost: parsed.data.monthlyCost,
    usageBasedMonthlyCost: reports.reduce((s, r) => s + r.usageBasedMonthlyCost, 0),
    notPricedTypes: [...new Set(reports.flatMap((r) => r.notPricedTypes))].sort(),
    incomplete: reports.flatMap((r) => r.incomplete),
  };
}

/** Writes a pool's `allocation.json` and `allocation.md` into its folder. */
export function writeAllocation(dir: string, allocation: PoolCostAllocation): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, ALLOCATION_FILES.json), `${JSON.stringify(allocation, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, ALLOCATION_FILES.markdown), renderAllocationMarkdown(allocation));
}

/**
 * Reads a pool's `allocation.json` from a synth folder.
 * @returns undefined when the pool has none.
 * @throws SynthFolderError naming the file when it is not JSON or not a pool cost allocation.
 */
export function readAllocation(outdir: string, poolStack: string): PoolCostAllocation | undefined {
  const file = path.join(stackDir(outdir, poolStack), ALLOCATION_FILES.json);
  if (!fs.existsSync(file)) return undefined;
  const fix = 'synthesize again';
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SynthFolderError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)}); ${fix}`);
  }
  const parsed = PoolCostAllocationSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SynthFolderError(`${file}: not a pool cost allocation (${issue.path.join('.') || '(root)'}: ${issue.message}); ${fix}`);
  }
  return parsed.data;
}

/**
 * Runs `write` with the stack's folder once cdktf has validated and written the stack: how reports land beside
 * its Terraform JSON (a failed validation writes nothing). Wraps the stack's synthesizer, cdktf's public hook.
 */
export function writeBesideStack(stack: TerraformStack, write: (dir: string) => void): void {
  const inner = stack.synthesizer;
  stack.synthesizer = {
    synthesize(session) {
      inner.synthesize(session);
      write(stackDir(session.outdir, stack.node.id));
    },
  };
}
