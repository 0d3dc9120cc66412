import * as path from 'path';
import { TerraformInputError } from '../../lib/terraform-json';
import { autoVariableFiles, parseConstant, parseTfvars, parseVariableAssignment, readVariableFile, variableValues } from '../../lib/terraform-json/tfvars';
import { scratchDir } from '../util';

describe('parseTfvars', () => {
  it('reads constant values: strings, numbers, bools, null, lists, maps and heredocs, with comments', () => {
    const text = [
      '# a comment',
      'region = "eu-west-1" // trailing',
      'ids    = ["a", "b",',
      '  "c", ]',
      'tags = {',
      '  Name          = "x"',
      '  "cost-center" : 12',
      '}',
      'ratio = -0.5',
      'on    = true',
      '/* block */ nothing = null',
      'doc = <<-EOT',
      '    hello',
      '      world',
      '    EOT',
      '',
    ].join('\n');
    expect(parseTfvars(text, 'prod.tfvars')).toEqual({
      region: 'eu-west-1',
      ids: ['a', 'b', 'c'],
      tags: { Name: 'x', 'cost-center': 12 },
      ratio: -0.5,
      on: true,
      nothing: null,
      doc: 'hello\n  world\n',
    });
  });

  it('names the file and line of what it cannot read, and how to fix it', () => {
    expect(() => parseTfvars('a = 1\nb = var.x\n', 'prod.tfvars')).toThrow(/^prod.tfvars:2: 'var' is not a constant/);
    expect(() => parseTfvars('a = "${x}"\n', 'prod.tfvars')).toThrow(/^prod.tfvars:1: a variables file cannot use interpolation/);
    expect(() => parseTfvars('a = 1\nb 2\n', 'prod.tfvars')).toThrow(/^prod.tfvars:2: expected '=' after b/);
    expect(() => parseTfvars('a = [1, 2\n', 'prod.tfvars')).toThrow(TerraformInputError);
    expect(() => parseTfvars('a = 1\na = 2\n', 'prod.tfvars')).toThrow(/a is assigned twice/);
  });
});

describe('variable values from files and assignments', () => {
  const dir = scratchDir({
    'terraform.tfvars': 'region = "eu-west-1"\nsize = 1\n',
    'b.auto.tfvars.json': JSON.stringify({ size: 3 }),
    'a.auto.tfvars': 'size = 2\n',
    'broken.tfvars.json': '[1]',
    'main.tf.json': '{}',
  });

  it('lists the files Terraform loads by itself, in its order', () => {
    expect(autoVariableFiles(dir).map((f) => path.basename(f))).toEqual(['terraform.tfvars', 'a.auto.tfvars', 'b.auto.tfvars.json']);
  });

  it('lets later files and then assignments win', () => {
    expect(variableValues(autoVariableFiles(dir), ['region=us-east-1'])).toEqual({ region: 'us-east-1', size: 3 });
  });

  it('reads JSON variables files and rejects one that is not an object', () => {
    expect(readVariableFile(path.join(dir, 'b.auto.tfvars.json'))).toEqual({ size: 3 });
    expect(() => readVariableFile(path.join(dir, 'broken.tfvars.json'))).toThrow(/must be a JSON object of variable names/);
    expect(() => readVariableFile(path.join(dir, 'missing.tfvars'))).toThrow(/cannot read the variables file \(ENOENT\)/);
  });

  it('splits name=value at the first = and explains a malformed one', () => {
    expect(parseVariableAssignment('tags={a="b=c"}')).toEqual(['tags', '{a="b=c"}']);
    expect(() => parseVariableAssignment('region')).toThrow(/--var 'region': expected name=value/);
  });

  it('parses one constant for collection values given on the command line', () => {
    expect(parseConstant('["a", "b"]')).toEqual(['a', 'b']);
    expect(parseConstant('x')).toBeUndefined();
  });
});
