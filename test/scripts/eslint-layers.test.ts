import { execFileSync } from 'child_process';
import { REPO_ROOT } from '../util';

/**
 * Plants imports in files of each layer and lints them with the repository's own ESLint configuration, as
 * `npm run lint` does (the text replaces the file's content; the file itself is untouched).
 */
function lint(cases: readonly { file: string; code: string }[]): { file: string; messages: string[] }[] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const c of JSON.parse(process.argv[1])) {
        const [result] = await eslint.lintText(c.code, { filePath: c.file });
        out.push({ file: c.file, messages: result.messages.map((m) => (m.ruleId ?? 'parser') + ': ' + m.message) });
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(3); });`;
  return JSON.parse(execFileSync('node', ['-e', script, JSON.stringify(cases)], { cwd: REPO_ROOT, encoding: 'utf8' }));
}

describe('the layering lint rule (scripts/eslint/layers.mjs)', () => {
  it('fails an import that points up a layer or across clouds, and passes one that points down', () => {
    const results = lint([
      { file: 'lib/aws/kit.ts', code: "import { buildApp } from '../../stacks/app';\nexport const x = buildApp;\n" },
      { file: 'lib/cost/estimate.ts', code: "import { tiers } from '../../tiers';\nexport const x = tiers;\n" },
      { file: 'stacks/app.ts', code: "import { runCheck } from '../commands/cli/check';\nexport const x = runCheck;\n" },
      { file: 'lib/gcp/kit.ts', code: "import { awsKit } from '../aws/kit';\nexport const x = awsKit;\n" },
      { file: 'lib/model/tier.ts', code: "import { RULES } from '../policy/rules';\nexport const x = RULES;\n" },
      { file: 'lib/policy/engine.ts', code: "import { AwsPlatform } from '../aws/platform';\nexport const x = AwsPlatform;\n" },
      { file: 'tiers/free.ts', code: "import { TenantStack } from '../stacks/tenant-stack';\nexport const x = TenantStack;\n" },
      { file: 'commands/cli/list.ts', code: "import { buildApp } from '../../stacks/app';\nexport const x = buildApp;\n" },
    ]);
    const messages = Object.fromEntries(results.map((r) => [r.file, r.messages]));
    expect(messages['lib/aws/kit.ts']).toEqual([expect.stringMatching(/^layers\/one-way: '..\/..\/stacks\/app': lib\/ may not import stacks\//)]);
    expect(messages['lib/cost/estimate.ts']).toEqual([expect.stringMatching(/lib\/ may not import tiers\//)]);
    expect(messages['stacks/app.ts']).toEqual([expect.stringMatching(/stacks\/ may not import commands\//)]);
    expect(messages['lib/gcp/kit.ts']).toEqual([expect.stringMatching(/one home per cloud: lib\/gcp may not import lib\/aws/)]);
    expect(messages['lib/model/tier.ts']).toEqual([expect.stringMatching(/lib\/model is the bottom of lib/)]);
    expect(messages['lib/policy/engine.ts']).toEqual([expect.stringMatching(/lib\/policy works on Terraform JSON: it imports no construct/)]);
    expect(messages['tiers/free.ts']).toEqual([expect.stringMatching(/tiers\/ may not import stacks\//)]);
    expect(messages['commands/cli/list.ts']).toEqual([]);
  }, 120_000);
});
