import * as fs from 'fs';
import * as path from 'path';
import { renderRulesMarkdown } from '../../../lib/policy/render/rules-md';
import { RULES } from '../../../lib/policy/rules';
import { REPO_ROOT } from '../../util';

describe('RULES.md', () => {
  it('is up to date; regenerate with: npm run rules', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'RULES.md'), 'utf8');
    expect(committed).toBe(renderRulesMarkdown());
  });

  it('lists every rule with its levels and controls', () => {
    const md = renderRulesMarkdown();
    for (const r of RULES) expect(md).toContain(`\`${r.id}\``);
    expect(md).toMatch(/`aws-rds-storage-encrypted` .*\*\*E\*\* 164\.312\(a\)\(2\)\(iv\)/);
  });
});
