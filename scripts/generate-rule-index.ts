// Writes lib/policy/rules/index.ts from the rule files. Run: npm run rules
import * as fs from 'fs';
import * as path from 'path';
import { RULES_DIR, renderRuleIndex } from './rule-index';

const target = path.join(RULES_DIR, 'index.ts');
fs.writeFileSync(target, renderRuleIndex());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
