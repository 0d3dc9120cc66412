import { CliCommand, CliIo, EXIT } from './io';

/** Commands, loaded on first use so `tenants validate` does not pay for the providers. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  validate: { summary: 'check tenant files against the schema and their tiers', load: async () => (await import('./validate')).runValidate },
  list: { summary: 'list tenants with tier, placement and size', load: async () => (await import('./list')).runList },
  synth: { summary: 'synthesize tenant stacks into cdktf.out', load: async () => (await import('./synth')).runSynth },
  check: { summary: 'check stacks or Terraform JSON against compliance packs', load: async () => (await import('./check')).runCheck },
  cost: { summary: 'estimate monthly cost per tenant against its budget', load: async () => (await import('./cost')).runCost },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: tenants <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs `tenants <command> ...args`; returns the exit code. User mistakes never print a stack trace. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`unknown command '${name}'\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (e) {
    // util.parseArgs throws TypeErrors with a code for unknown or malformed options.
    const { code, message } = (e ?? {}) as { code?: unknown; message?: string };
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`tenants ${name}: ${message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
