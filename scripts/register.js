// Runs TypeScript sources in Node without a build step: transpiles each .ts file with SWC on require.
// Types are checked separately by `npm run typecheck`. Transpiled output is cached on disk by content (in
// node_modules/.cache), so a process that loads the library does not transpile it again.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { transformSync, version } = require('@swc/core');

const cacheDir = path.join(__dirname, '..', 'node_modules', '.cache', 'tenant-templates-swc');
let cacheWritable = true;

function transpile(source, filename) {
  const key = crypto.createHash('sha1').update(version).update('\0').update(filename).update('\0').update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // Not cached yet.
  }
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  if (cacheWritable) {
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, code);
      fs.renameSync(temporary, cached);
    } catch {
      cacheWritable = false;
    }
  }
  return code;
}

require.extensions['.ts'] = function compileTs(module, filename) {
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
