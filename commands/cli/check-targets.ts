import * as fs from 'fs';
import * as path from 'path';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { PolicySubject, stackSubject, tenantSubject } from '../../lib/policy/synth';
import { poolTenantIds, stackFile, stackIdentity, synthStackFiles, tenantStackName } from '../../lib/synth-layout';
import { TerraformDocument, mergeDocuments, readTerraformFile } from '../../lib/terraform-json';
import { VariableInputs, valuesFor } from './variables';

/** What `tenants check` checks: a document and whose rules it answers to. */
export interface CheckTarget {
  /** The report's heading: a stack name, a file or a folder. */
  readonly name: string;
  readonly doc: TerraformDocument;
  /** Packs, suppressions and transfer basis; a subject without compliance runs the baseline (and required packs). */
  readonly subject: PolicySubject;
}

/** A problem with the command's input (a file, folder or tenant): printed without a stack trace, exit 2. */
export class CheckInputError extends Error {}

/** Every *.tf.json under a folder (skipping .terraform and node_modules). */
function tfJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !['.terraform', 'node_modules', '.git'].includes(entry.name)) out.push(...tfJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.tf.json')) out.push(full);
  }
  return out;
}

/** Where the stacks of a synth folder come from, and which tenants' files to check them against. */
export interface FleetSelection {
  /** The fleet's tenants, by id: every tenant file (pools answer to all their members). */
  readonly tenants: ReadonlyMap<string, ResolvedTenant>;
  /** Only the stacks of these tenants, and the pools serving them. @default - every stack */
  readonly only?: readonly string[];
  /** Says that a stack's tenant has no tenant file (it is then checked with the baseline only). */
  readonly note: (text: string) => void;
}

/**
 * Every stack of a synth folder (read through its manifest, or `stacks/<name>/cdk.tf.json`), each answering to its own
 * subject as synth decides it: a tenant's stacks to the tenant's packs and suppressions, a pool and its workloads
 * stack to the strictest packs of the tenants they serve (their `tenants` output), anything else to the baseline.
 * @throws CheckInputError when the folder holds no stacks, or a selected tenant has none.
 */
export function synthFolderTargets(outDir: string, selection: FleetSelection): CheckTarget[] {
  const files = synthStackFiles(outDir);
  const names = new Set(files.keys());
  const only = selection.only && selection.only.length > 0 ? new Set(selection.only) : undefined;
  for (const id of only ?? selection.tenants.keys()) {
    if (!names.has(tenantStackName(id))) throw new CheckInputError(`${stackFile(outDir, tenantStackName(id))}: not found; run \`cdktf synth\` first (tenant '${id}')`);
  }
  if (files.size === 0) throw new CheckInputError(`${outDir}: no synthesized stacks (stacks/<stack>/cdk.tf.json); run \`cdktf synth\` first`);
  const targets: CheckTarget[] = [];
  for (const name of [...names].sort()) {
    const identity = stackIdentity(name, names);
    const doc = readTerraformFile(files.get(name)!);
    const members = identity.kind === 'pool' || identity.kind === 'pool-workloads' ? poolTenantIds(doc.outputs) : [];
    if (only && !(identity.tenantId !== undefined && only.has(identity.tenantId)) && !members.some((m) => only.has(m))) continue;
    if (identity.tenantId !== undefined && !selection.tenants.has(identity.tenantId)) {
      selection.note(`note: no tenant file for '${identity.tenantId}' (stack ${name}): checked with the baseline only\n`);
    }
    targets.push({ name, doc, subject: stackSubject(name, identity, selection.tenants, members) });
  }
  return targets;
}

/**
 * Files and folders named on the command line. A synth folder (cdktf.out) is checked stack by stack as a fleet; any
 * other folder's *.tf.json form one module per folder, with the folder's terraform.tfvars and *.auto.tfvars; a file
 * is one document. Those answer to the baseline, or to the one tenant given.
 */
export function fileTargets(files: readonly string[], inputs: VariableInputs, tenants: readonly ResolvedTenant[], fleet: () => FleetSelection): CheckTarget[] {
  const subject = (name: string): PolicySubject => {
    if (tenants.length > 1) throw new CheckInputError(`${name}: files can be checked against one tenant at a time; give a single --tenant (a synth folder takes several)`);
    return tenants.length === 1 ? { ...tenantSubject(tenants[0]), target: name } : { target: name, compliance: [] };
  };
  return files.flatMap((f) => {
    if (!fs.existsSync(f)) throw new CheckInputError(`${f}: no such file or folder`);
    if (!fs.statSync(f).isDirectory()) {
      return [{ name: f, doc: readTerraformFile(f, { variables: valuesFor(path.dirname(f), inputs) }), subject: subject(f) }];
    }
    if (synthStackFiles(f).size > 0) return synthFolderTargets(f, fleet());
    const found = tfJsonFiles(f);
    if (found.length === 0) throw new CheckInputError(`${f}: the folder has no *.tf.json files`);
    const byDir = new Map<string, string[]>();
    for (const file of found) byDir.set(path.dirname(file), [...(byDir.get(path.dirname(file)) ?? []), file]);
    return [...byDir].map(([dir, list]) => {
      const variables = valuesFor(dir, inputs);
      return { name: dir, doc: mergeDocuments(list.map((file) => readTerraformFile(file, { variables }))), subject: subject(dir) };
    });
  });
}
