import * as fs from 'fs';
import { ParseOptions, TerraformDocument, TerraformInputError, parseTerraform } from './document';

/**
 * Reads a file of Terraform JSON: a cdk.tf.json, any `*.tf.json`, or the output of `terraform show -json <planfile>`.
 * @param options values of input variables (`--var`, `--var-file`), winning over declared defaults.
 * @throws TerraformInputError naming the file when it cannot be read, is not JSON or is not Terraform JSON.
 */
export function readTerraformFile(file: string, options: ParseOptions = {}): TerraformDocument {
  let text: string;
  try {
    // Only a regular file is read: a named pipe or a device named *.tf.json would block or never end.
    if (!fs.statSync(file).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new TerraformInputError(`${file}: cannot read the file (${code})`, 'unreadable', file, code);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new TerraformInputError(`${file}: not valid JSON (${detail}); give a *.tf.json or \`terraform show -json\` output`, 'invalid-json', file, detail);
  }
  return parseTerraform(json, file, options);
}
