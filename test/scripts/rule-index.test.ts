import * as fs from 'fs';
import * as path from 'path';
import { RULES_DIR, renderRuleIndex, ruleFiles } from '../../scripts/rule-index';

describe('the rule registry (lib/policy/rules/index.ts)', () => {
  it('is generated from the rule files; regenerate with: npm run rules', () => {
    expect(fs.readFileSync(path.join(RULES_DIR, 'index.ts'), 'utf8')).toBe(renderRuleIndex());
  });

  it('lists rule files by id, one import each, with the rule exported as the camelCase of the file name', () => {
    const text = renderRuleIndex(['aws/s3-bucket-encryption', 'gcp/kms-key-rotation']);
    expect(text).toContain("import { s3BucketEncryption as awsS3BucketEncryption } from './aws/s3-bucket-encryption';");
    expect(text).toContain('  gcpKmsKeyRotation,\n].sort');
    expect(ruleFiles().length).toBeGreaterThanOrEqual(60);
  });
});
