#!/usr/bin/env node
// `npm test` first step: the type check and the lint at once (each uses one core), failing when either fails.
const { spawn } = require('child_process');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (script) =>
  new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(signal ? 1 : code));
  });

Promise.all([run('typecheck'), run('lint')]).then((codes) => {
  process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
});
