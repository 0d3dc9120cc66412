#!/usr/bin/env node
import { processIo } from './io';
import { main } from './main';
import { skipTokenCreationStacks } from '../../stacks/token-stack-traces';

skipTokenCreationStacks();

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tenants: internal error (please report): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  },
);
