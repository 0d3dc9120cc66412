#!/usr/bin/env node
// A stand-in for terraform in rollout tests. It records every call as a JSON line ({stack, args}) in $FAKE_TF_LOG,
// where stack is the name of the folder it runs in, and:
// - fails a command when $FAKE_TF_FAIL lists "<stack>:<command>" (comma-separated): prints Terraform-like
//   "Error: ..." on stderr and exits 1;
// - waits before a command while $FAKE_TF_HOLD names "<stack>:<command>" and the file $FAKE_TF_RELEASE does not exist
//   (to interrupt a rollout in the middle of a stack);
// - `plan -out=<file>` writes the file; `show -json <file>` prints $FAKE_TF_PLANS/<stack>.json when it exists, else
//   a plan that creates one resource.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const stack = path.basename(process.cwd());
const command = args[0];
if (process.env.FAKE_TF_LOG) fs.appendFileSync(process.env.FAKE_TF_LOG, `${JSON.stringify({ stack, args })}\n`);

const listed = (variable) => (process.env[variable] || '').split(',').includes(`${stack}:${command}`);
if (listed('FAKE_TF_HOLD')) {
  const wait = new Int32Array(new SharedArrayBuffer(4));
  while (!fs.existsSync(process.env.FAKE_TF_RELEASE)) Atomics.wait(wait, 0, 0, 20);
}
if (listed('FAKE_TF_FAIL')) {
  process.stderr.write(`\nError: fake failure of ${command} in ${stack}\n\n  injected by FAKE_TF_FAIL\n`);
  process.exit(1);
}
switch (command) {
  case 'init':
    process.stdout.write('Terraform has been successfully initialized!\n');
    break;
  case 'plan': {
    const out = args.find((a) => a.startsWith('-out='));
    if (out) fs.writeFileSync(out.slice('-out='.length), `saved plan of ${stack}\n`);
    process.stdout.write('Plan: 1 to add, 0 to change, 0 to destroy.\n');
    break;
  }
  case 'show': {
    const file = process.env.FAKE_TF_PLANS ? path.join(process.env.FAKE_TF_PLANS, `${stack}.json`) : '';
    const plan = file && fs.existsSync(file)
      ? fs.readFileSync(file, 'utf8')
      : JSON.stringify({ format_version: '1.2', resource_changes: [{ address: 'null_resource.x', mode: 'managed', type: 'null_resource', name: 'x', change: { actions: ['create'] } }] });
    process.stdout.write(plan);
    break;
  }
  case 'apply':
    process.stdout.write(`Apply complete! (${args[args.length - 1]})\n`);
    break;
  default:
    process.stderr.write(`fake terraform: unknown command ${command}\n`);
    process.exit(1);
}
