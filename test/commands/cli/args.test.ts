import { CommandSpec, UsageError, parseCommandArgs, readCommandArgs } from '../../../commands/cli/args';

const FULL: CommandSpec<'table' | 'json' | 'markdown', 'pack' | 'basis'> = {
  command: 'demo',
  usage: 'Usage: tenants demo\n',
  common: ['tenant', 'tenants-dir', 'out'],
  formats: ['table', 'json', 'markdown'],
  options: { pack: { multiple: true, choices: ['soc2', 'gdpr', 'hipaa'] }, basis: {} },
  flags: ['strict'],
  positionals: true,
};
const BARE: CommandSpec = { command: 'bare', usage: 'Usage: tenants bare\n', common: ['tenants-dir'] };

const parse = (argv: string[], spec: CommandSpec<string, string> = FULL) => parseCommandArgs(argv, spec);

/** The UsageError message `argv` raises. */
function usageError(argv: string[], spec: CommandSpec<string, string> = FULL): string {
  try {
    parse(argv, spec);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no UsageError for ${JSON.stringify(argv)}`);
}

describe('parseCommandArgs', () => {
  it('gives the defaults when nothing is passed', () => {
    expect(parse([])).toEqual({
      help: false,
      tenants: [],
      tenantsDir: 'tenants',
      outDir: 'cdktf.out',
      format: 'table',
      positionals: [],
      options: { pack: [], basis: [] },
      flags: new Set(),
    });
    expect(parse([], BARE).format).toBeUndefined();
  });

  it('collects --tenant repeated and comma-separated, in order and without repeats', () => {
    expect(parse(['--tenant', 'acme', '--tenant=globex, hooli', '--tenant', 'acme,,initech']).tenants).toEqual(['acme', 'globex', 'hooli', 'initech']);
  });

  it('reads --opt value and --opt=value alike; the last of a single-valued option wins', () => {
    const args = parse(['--tenants-dir=t', '--out', 'o', '--format=json', '--format', 'markdown', '--basis', 'SCCs 2021/914', '--basis=a=b']);
    expect(args).toMatchObject({ tenantsDir: 't', outDir: 'o', format: 'markdown', options: { basis: ['a=b'] } });
  });

  it('accepts the old spellings --dir and --outdir', () => {
    expect(parse(['--dir', 'old', '--outdir=gen'])).toMatchObject({ tenantsDir: 'old', outDir: 'gen' });
    expect(parse(['--dir', 'old', '--tenants-dir', 'new']).tenantsDir).toBe('new');
    expect(parse(['--dir', 'd'], BARE).tenantsDir).toBe('d');
  });

  it('validates a command option with choices and splits a multiple one', () => {
    expect(parse(['--pack', 'soc2,gdpr', '--pack=hipaa']).options.pack).toEqual(['soc2', 'gdpr', 'hipaa']);
    expect(usageError(['--pack', 'soc2,fedramp'])).toBe("--pack 'fedramp' is not one of: soc2, gdpr, hipaa");
  });

  it('keeps positionals, also option-like ones after --', () => {
    expect(parse(['a.tf.json', '--tenant', 'acme', 'dir', '--', '--odd.json']).positionals).toEqual(['a.tf.json', 'dir', '--odd.json']);
  });

  it('sets a switch without taking the next argument as its value', () => {
    const args = parse(['--strict', 'plan.json']);
    expect(args.flags.has('strict')).toBe(true);
    expect(args.positionals).toEqual(['plan.json']);
    expect(parse([]).flags.size).toBe(0);
  });

  it('refuses a value on a switch', () => {
    expect(usageError(['--strict=yes'])).toBe('--strict takes no value; see tenants demo --help');
  });

  it('rejects an unknown option, naming it and the help', () => {
    expect(usageError(['--frmat', 'json'])).toBe("unknown option '--frmat'; see tenants demo --help");
    expect(usageError(['-x'])).toBe("unknown option '-x'; see tenants demo --help");
    expect(usageError(['--frmat=json'])).toBe("unknown option '--frmat'; see tenants demo --help");
  });

  it('rejects options the command does not take, even common ones and their aliases', () => {
    expect(usageError(['--out', 'o'], BARE)).toBe("unknown option '--out'; see tenants bare --help");
    expect(usageError(['--outdir', 'o'], BARE)).toBe("unknown option '--outdir'; see tenants bare --help");
    expect(usageError(['--format', 'json'], BARE)).toBe("unknown option '--format'; see tenants bare --help");
  });

  it.each([
    [['--tenant']],
    [['--tenant=']],
    [['--tenant', ',']],
    [['--tenant', '--format', 'json']],
  ])('rejects a missing value %j', (argv) => {
    expect(usageError(argv)).toBe('--tenant needs a value; see tenants demo --help');
  });

  it('names the new spelling when an alias misses its value', () => {
    expect(usageError(['--dir'])).toBe('--tenants-dir needs a value; see tenants demo --help');
  });

  it('rejects a format the command does not have', () => {
    expect(usageError(['--format', 'xml'])).toBe("--format 'xml' is not one of: table, json, markdown");
  });

  it('rejects a positional when the command takes none', () => {
    expect(usageError(['acme'], BARE)).toBe("unexpected argument 'acme': tenants bare takes no files; see tenants bare --help");
    expect(usageError(['--', 'acme'], BARE)).toMatch(/^unexpected argument 'acme'/);
  });

  it('lets --help and -h win over every other argument', () => {
    expect(parse(['--frmat', '--help']).help).toBe(true);
    expect(parse(['-h', 'stray'], BARE)).toMatchObject({ help: true, tenantsDir: 'tenants', positionals: [] });
    expect(parse(['--', '--help'], FULL)).toMatchObject({ help: false, positionals: ['--help'] });
  });
});

describe('readCommandArgs', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
  }

  it('prints the usage to stdout and returns 0 for --help', () => {
    const { io, out, err } = capture();
    expect(readCommandArgs(['--help'], FULL, io)).toBe(0);
    expect(out).toEqual(['Usage: tenants demo\n']);
    expect(err).toEqual([]);
  });

  it('prints `tenants <command>: <message>` to stderr and returns 2 for a usage mistake', () => {
    const { io, out, err } = capture();
    expect(readCommandArgs(['--format', 'xml'], FULL, io)).toBe(2);
    expect(err).toEqual(["tenants demo: --format 'xml' is not one of: table, json, markdown\n"]);
    expect(out).toEqual([]);
  });

  it('returns the parsed arguments otherwise, printing nothing', () => {
    const { io, out, err } = capture();
    expect(readCommandArgs(['--tenant', 'acme'], FULL, io)).toMatchObject({ tenants: ['acme'] });
    expect([...out, ...err]).toEqual([]);
  });
});
