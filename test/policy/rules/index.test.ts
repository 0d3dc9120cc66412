import * as fs from 'fs';
import * as path from 'path';
import { CATEGORIES } from '../../../lib/policy/rule';
import { RULES, ruleById } from '../../../lib/policy/rules';
import { REPO_ROOT } from '../../util';

const RULES_DIR = path.join(REPO_ROOT, 'lib', 'policy', 'rules');

describe('rule registry', () => {
  it('registers every rule file, with the id taken from its cloud folder and file name', () => {
    const fromFiles = ['aws', 'azure', 'gcp'].flatMap((cloud) =>
      fs.readdirSync(path.join(RULES_DIR, cloud)).map((f) => `${cloud}-${f.replace(/\.ts$/, '')}`),
    );
    expect(RULES.map((r) => r.id).sort()).toEqual(fromFiles.sort());
  });

  it('has at least 60 rules with unique ids, spread over the three clouds', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const cloud of ['aws', 'azure', 'gcp']) expect(RULES.filter((r) => r.cloud === cloud).length).toBeGreaterThanOrEqual(15);
  });

  it('covers every category', () => {
    expect(CATEGORIES.filter((c) => !RULES.some((r) => r.category === c))).toEqual([]);
  });

  it('gives every rule a description and a fix', () => {
    expect(RULES.filter((r) => r.description.length < 10 || r.fix.length < 10).map((r) => r.id)).toEqual([]);
  });

  it('lists for every rule the attribute forms it reads and the provider versions that document them', () => {
    expect(RULES.filter((r) => (r.understands ?? []).length === 0).map((r) => r.id)).toEqual([]);
    expect(RULES.flatMap((r) => r.understands ?? []).filter((f) => !/^(aws|azurerm|google) /.test(f.providers) && !/write-only/.test(f.providers))).toEqual([]);
  });

  it('finds rules by id', () => {
    expect(ruleById('aws-s3-bucket-encryption')?.cloud).toBe('aws');
    expect(ruleById('nope')).toBeUndefined();
  });
});
