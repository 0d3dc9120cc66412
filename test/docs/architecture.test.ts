import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../util';

const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'architecture.md'), 'utf8');

describe('docs/architecture.md', () => {
  it('names only files and folders that exist', () => {
    const cited = [...doc.matchAll(/`((?:api|lib|stacks|commands|tiers|scripts|test|bench)\/[A-Za-z0-9_./<>-]*|main\.ts)`/g)]
      .map((m) => m[1])
      .filter((p) => !p.includes('<'));
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((p) => !fs.existsSync(path.join(REPO_ROOT, p)))).toEqual([]);
  });

  it('maps every folder of lib/', () => {
    const folders = fs
      .readdirSync(path.join(REPO_ROOT, 'lib'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `lib/${e.name}/`);
    expect(folders.filter((f) => !doc.includes(f))).toEqual([]);
  });
});
