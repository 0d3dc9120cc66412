#!/usr/bin/env node
// `npm run synth`: runs the cdktf app directly (no cdktf-cli start-up cost). Same output as `cdktf synth`.
require('./register');
require('../main.ts');
