import { CliCommand, CliIo, EXIT } from './io';
import { packageVersion } from './version';

/** Commands, loaded on first use so `tenants validate` does not pay for the providers. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  validate: { summary: 'check tenant files against the schema and their tiers', load: async () => (await import('./validate')).runValidate },
  list: { summary: 'list tenants with tier, placement and size', load: async () => (await import('./list')).runList },
  synth: { summary: 'synthesize tenant stacks into cdktf.out', load: async () => (await import('./synth')).runSynth },
  check: { summary: 'check stacks or Terraform JSON against compliance packs', load: async () => (await import('./check')).runCheck },
  cost: { summary: 'estimate monthly cost per tenant against its budget', load: async () => (await import('./cost')).runCost },
  review: { summary: 'compare two synths for a pull-request comment: changes, cost delta, findings', load: async () => (await import('./review')).runReview },
  rollout: { summary: 'plan or apply many stacks in dependency order and waves, locally or in HCP Terraform', load: async () => (await import('./rollout')).runRollout },
  affected: { summary: 'the stacks a pull request affects, in dependency waves, as a CI matrix', load: async () => (await import('./affected')).runAffected },
  pool: { summary: 'list pools, move a tenant between pools, drain a pool (the fleet lock file)', load: async () => (await import('./pool')).runPool },
  recommend: { summary: 'rightsizing from usage data: overrides or tier changes, with the cost effect', load: async () => (await import('./recommend')).runRecommend },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: tenants <command> [options]\n\ncommands:\n${lines.join('\n')}\n\n'tenants <command> --help' shows a command's options; 'tenants --version' the version.\n`;
}

/** Runs `tenants <command> ...args`; returns the exit code. User mistakes never print a stack trace. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`unknown command '${name}'\n${usage()}`);
    return EXIT.usage;
  }
  // Each command prints its own usage mistakes (args.ts) and returns 2; anything thrown here is a bug.
  const run = await command.load();
  return run(rest, io);
}
