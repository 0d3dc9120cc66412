import * as fs from 'fs';
import * as path from 'path';
import { Json, TerraformDocument, isObject, readTerraformFile } from '../../lib/terraform-json';
import {
  MANIFEST_FILE,
  PLAN_FILE,
  STACKS_FOLDER,
  STACK_FILE,
  SynthFolderError,
  planFileBeside,
  planFilesIn,
  synthStackFiles,
} from '../../lib/synth-layout';
import { PlanInput, readPlanFile } from './plan';
import { compareText } from './private/order';

/** Input `tenants review` cannot use (a missing folder, no stacks, a broken manifest): exit 2, never a stack trace. */
export class ReviewInputError extends Error {
  override readonly name = 'ReviewInputError';
}

/** One synthesized stack of a folder. */
export interface SynthStack {
  /** Stack name: `tenant-acme`, `pool-aws-us-east-1`. */
  readonly name: string;
  /** Its `cdk.tf.json`. */
  readonly file: string;
  /** The JSON as written (for outputs and other top-level blocks). */
  readonly json: Json;
  /** The same JSON read as a Terraform document (resources, data sources, providers). */
  readonly doc: TerraformDocument;
  /** `terraform show -json` of its plan, when one was given (beside cdk.tf.json, or in the plans folder). */
  readonly plan?: PlanInput;
}

/** A folder `cdktf synth` wrote: `<dir>/stacks/<stack>/cdk.tf.json`, and `<dir>/manifest.json`. */
export interface SynthFolder {
  readonly dir: string;
  /** Stacks by name. */
  readonly stacks: ReadonlyMap<string, SynthStack>;
  /** The folder of `<stack>.plan.json` files read, when one was given. */
  readonly plansDir?: string;
  /** Plans in that folder for stacks the synth does not have (not used), sorted. */
  readonly strayPlans: readonly string[];
}

/** Where a side's plans are, beyond the `plan.json` beside each stack's cdk.tf.json. */
export interface SynthFolderOptions {
  /** A folder of `<stack>.plan.json` files (`terraform show -json` each); a plan there wins over one beside the stack. @default none */
  readonly plansDir?: string;
}

/** Stack name -> cdk.tf.json path, from the layout module, with its problems as review input errors. */
function stackFiles(dir: string, label: string): Map<string, string> {
  try {
    return synthStackFiles(dir, label);
  } catch (e) {
    if (e instanceof SynthFolderError) throw new ReviewInputError(e.message);
    throw e;
  }
}

/**
 * Reads every stack of a synthesized folder.
 * @param label `base` or `head`, for messages.
 * @throws ReviewInputError when the folder is missing or has no stacks; TerraformInputError (naming the file) when a
 *   stack's JSON is unreadable or not Terraform.
 */
export function readSynthFolder(dir: string, label: string, options: SynthFolderOptions = {}): SynthFolder {
  const how = `synthesize the ${label} branch into it first (\`tenants synth --out ${dir}\` or \`cdktf synth --output ${dir}\`)`;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ReviewInputError(`${label} folder '${dir}' does not exist; ${how}`);
  const files = stackFiles(dir, label);
  if (files.size === 0) throw new ReviewInputError(`${label} folder '${dir}' has no stacks (no ${MANIFEST_FILE}, no ${STACKS_FOLDER}/*/${STACK_FILE}); ${how}`);
  const given = options.plansDir === undefined ? new Map<string, string>() : plansIn(options.plansDir, label);
  const stacks = new Map<string, SynthStack>();
  for (const [name, file] of [...files].sort(([a], [b]) => compareText(a, b))) {
    if (!fs.existsSync(file)) throw new ReviewInputError(`${file}: listed in ${path.join(dir, MANIFEST_FILE)} but missing; synthesize the ${label} again`);
    // readTerraformFile names the file in every error; once it has read it, the text is known to be a JSON object.
    const doc = readTerraformFile(file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    const beside = planFileBeside(dir, name);
    const planFile = given.get(name) ?? (path.dirname(file) === path.dirname(beside) && fs.existsSync(beside) ? beside : undefined);
    const plan = planFile === undefined ? undefined : readPlanFile(planFile);
    stacks.set(name, { name, file, json: isObject(json) ? json : {}, doc, ...(plan ? { plan } : {}) });
  }
  const strayPlans = [...given.keys()].filter((n) => !stacks.has(n)).sort(compareText);
  return { dir, stacks, ...(options.plansDir !== undefined ? { plansDir: options.plansDir } : {}), strayPlans };
}

/** The `<stack>.plan.json` files of a side's plans folder, with its problems as review input errors. */
function plansIn(plansDir: string, label: string): Map<string, string> {
  try {
    return planFilesIn(plansDir);
  } catch (e) {
    if (e instanceof SynthFolderError) throw new ReviewInputError(`${label} ${e.message} (or put each beside its cdk.tf.json as ${PLAN_FILE})`);
    throw e;
  }
}
