import * as fs from 'fs';
import * as path from 'path';
import { TerraformInputError } from '../../../lib/terraform-json';
import { ReviewInputError, readSynthFolder } from '../../../commands/review/folder';
import { awsStack, removeScratch, synthFolder } from './fixtures';

afterAll(removeScratch);

describe('readSynthFolder', () => {
  it('reads the stacks manifest.json lists, sorted by name, as JSON and as Terraform documents', () => {
    const dir = synthFolder({
      'tenant-b': { json: awsStack({ aws_vpc: { main: {} } }, { output: { pool: { value: 'pool-x' } } }) },
      'tenant-a': { json: awsStack({}) },
    });
    // A folder the manifest does not list is not a stack.
    fs.mkdirSync(path.join(dir, 'stacks', 'stray'));
    fs.writeFileSync(path.join(dir, 'stacks', 'stray', 'cdk.tf.json'), '{}');
    const folder = readSynthFolder(dir, 'base');
    expect([...folder.stacks.keys()]).toEqual(['tenant-a', 'tenant-b']);
    const b = folder.stacks.get('tenant-b')!;
    expect(b.doc.resources.map((r) => r.address)).toEqual(['aws_vpc.main']);
    expect(b.json.output).toEqual({ pool: { value: 'pool-x' } });
    expect(b.file).toBe(path.join(dir, 'stacks', 'tenant-b', 'cdk.tf.json'));
  });

  it('lists stacks/*/cdk.tf.json when there is no manifest.json', () => {
    const dir = synthFolder({ 'pool-aws-us-east-1': { json: awsStack({}) }, 'tenant-a': { json: awsStack({}) } }, false);
    fs.mkdirSync(path.join(dir, 'stacks', 'empty'));
    expect([...readSynthFolder(dir, 'head').stacks.keys()]).toEqual(['pool-aws-us-east-1', 'tenant-a']);
  });

  it('says how to fix a missing folder', () => {
    expect(() => readSynthFolder('/nonexistent/base-synth', 'base')).toThrow(
      new ReviewInputError("base folder '/nonexistent/base-synth' does not exist; synthesize the base branch into it first (`tenants synth --out /nonexistent/base-synth` or `cdktf synth --output /nonexistent/base-synth`)"),
    );
  });

  it('refuses a folder without stacks', () => {
    const dir = synthFolder({}, false);
    expect(() => readSynthFolder(dir, 'head')).toThrow(/^head folder '.*' has no stacks \(no manifest.json, no stacks\/\*\/cdk.tf.json\); synthesize the head branch/);
  });

  it('names a manifest.json that is not JSON, or lists a missing stack', () => {
    const dir = synthFolder({ 'tenant-a': { json: awsStack({}) } });
    fs.rmSync(path.join(dir, 'stacks', 'tenant-a', 'cdk.tf.json'));
    expect(() => readSynthFolder(dir, 'base')).toThrow(/tenant-a\/cdk.tf.json: listed in .*manifest.json but missing; synthesize the base again/);
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{ nope');
    expect(() => readSynthFolder(dir, 'base')).toThrow(/manifest.json: not valid JSON \(.*\); synthesize the base again/);
  });

  it('throws TerraformInputError naming a cdk.tf.json that is not JSON', () => {
    const dir = synthFolder({ 'tenant-a': { json: awsStack({}) } });
    const file = path.join(dir, 'stacks', 'tenant-a', 'cdk.tf.json');
    fs.writeFileSync(file, '{"resource": ');
    let error: unknown;
    try {
      readSynthFolder(dir, 'head');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TerraformInputError);
    expect(error).toMatchObject({ reason: 'invalid-json', file });
  });
});
