// Writes RULES.md from the rule registry and the packs. Run: npm run rules
import * as fs from 'fs';
import * as path from 'path';
import { renderRulesMarkdown } from '../lib/policy/render/rules-md';

const target = path.join(__dirname, '..', 'RULES.md');
fs.writeFileSync(target, renderRulesMarkdown());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
