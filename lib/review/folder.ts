import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { Json, TerraformDocument, isObject, readTerraformFile } from '../terraform';
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
}

/** A folder `cdktf synth` wrote: `<dir>/stacks/<stack>/cdk.tf.json`, and `<dir>/manifest.json`. */
export interface SynthFolder {
  readonly dir: string;
  /** Stacks by name. */
  readonly stacks: ReadonlyMap<string, SynthStack>;
}

/** The part of cdktf's `manifest.json` the review reads. */
export const SynthManifestSchema = z.object({
  stacks: z.record(z.string(), z.object({ name: z.string(), synthesizedStackPath: z.string() })),
});

/** The file synth writes per stack. */
export const STACK_FILE = 'cdk.tf.json';
/** cdktf's list of the stacks it wrote. */
export const MANIFEST_FILE = 'manifest.json';

/** Stack name -> cdk.tf.json path, from manifest.json when present, else from stacks/<name>/cdk.tf.json. */
function stackFiles(dir: string, label: string): Map<string, string> {
  const manifest = path.join(dir, MANIFEST_FILE);
  const files = new Map<string, string>();
  if (fs.existsSync(manifest)) {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new ReviewInputError(`${manifest}: not valid JSON (${detail}); synthesize the ${label} again, or delete it to read stacks/*/${STACK_FILE}`);
    }
    const parsed = SynthManifestSchema.safeParse(json);
    if (!parsed.success) {
      throw new ReviewInputError(`${manifest}: not a cdktf manifest (no "stacks" with a synthesizedStackPath each); synthesize the ${label} again`);
    }
    for (const stack of Object.values(parsed.data.stacks)) files.set(stack.name, path.join(dir, stack.synthesizedStackPath));
    return files;
  }
  const stacksDir = path.join(dir, 'stacks');
  if (!fs.existsSync(stacksDir)) return files;
  for (const entry of fs.readdirSync(stacksDir, { withFileTypes: true })) {
    const file = path.join(stacksDir, entry.name, STACK_FILE);
    if (entry.isDirectory() && fs.existsSync(file)) files.set(entry.name, file);
  }
  return files;
}

/**
 * Reads every stack of a synthesized folder.
 * @param label `base` or `head`, for messages.
 * @throws ReviewInputError when the folder is missing or has no stacks; TerraformInputError (naming the file) when a
 *   stack's JSON is unreadable or not Terraform.
 */
export function readSynthFolder(dir: string, label: string): SynthFolder {
  const how = `synthesize the ${label} branch into it first (\`tenants synth --out ${dir}\` or \`cdktf synth --output ${dir}\`)`;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ReviewInputError(`${label} folder '${dir}' does not exist; ${how}`);
  const files = stackFiles(dir, label);
  if (files.size === 0) throw new ReviewInputError(`${label} folder '${dir}' has no stacks (no ${MANIFEST_FILE}, no stacks/*/${STACK_FILE}); ${how}`);
  const stacks = new Map<string, SynthStack>();
  for (const [name, file] of [...files].sort(([a], [b]) => compareText(a, b))) {
    if (!fs.existsSync(file)) throw new ReviewInputError(`${file}: listed in ${path.join(dir, MANIFEST_FILE)} but missing; synthesize the ${label} again`);
    // readTerraformFile names the file in every error; once it has read it, the text is known to be a JSON object.
    const doc = readTerraformFile(file);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    stacks.set(name, { name, file, json: isObject(json) ? json : {}, doc });
  }
  return { dir, stacks };
}
