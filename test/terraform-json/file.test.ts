import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformInputError, readTerraformFile } from '../../lib/terraform-json';

describe('readTerraformFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-json-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads a file and records it on every resource', () => {
    const file = write('main.tf.json', JSON.stringify({ resource: { aws_vpc: { v: {} } } }));
    expect(readTerraformFile(file).resources[0]).toMatchObject({ address: 'aws_vpc.v', file });
  });

  it('names the file and the reason when it is missing, not JSON or not Terraform JSON', () => {
    const missing = path.join(dir, 'nope.json');
    expect(() => readTerraformFile(missing)).toThrow(expect.objectContaining({ reason: 'unreadable', detail: 'ENOENT', message: `${missing}: cannot read the file (ENOENT)` }));
    const broken = write('broken.tf.json', '{ nope');
    expect(() => readTerraformFile(broken)).toThrow(TerraformInputError);
    expect(() => readTerraformFile(broken)).toThrow(/broken\.tf\.json: not valid JSON/);
    const other = write('package.json', '{"name": "x"}');
    expect(() => readTerraformFile(other)).toThrow(expect.objectContaining({ reason: 'not-terraform', message: expect.stringMatching(/package\.json: not Terraform JSON/) }));
  });
});
