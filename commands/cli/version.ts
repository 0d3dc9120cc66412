import * as fs from 'fs';
import * as path from 'path';

/** This package's version, from the package.json above this file (in the source tree and in the installed package). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'tenant-templates' && json.version) return json.version;
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
