import { parseArgs } from 'util';
import { CliIo, EXIT } from './io';

/** A mistake in how a command was called: printed as `tenants <command>: <message>`, exit 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Options spelled, defaulted and checked the same way by every command that takes them. `--help`/`-h` is always taken. */
export type CommonOption = 'tenant' | 'tenants-dir' | 'out';

/** An option of one command only; it takes a value. */
export interface CommandOption {
  /** Repeatable, and each value may be a comma-separated list. @default false (the last value given wins) */
  readonly multiple?: boolean;
  /** With `multiple`: split each value at commas. `false` keeps values whole (`--var 'tags={a="1",b="2"}'`). @default true */
  readonly split?: boolean;
  /** The allowed values; any other is a usage error. @default any value */
  readonly choices?: readonly string[];
}

/** What a command takes on its command line. */
export interface CommandSpec<F extends string = never, K extends string = never> {
  /** The command's name, for messages: `tenants <command>: ...; see tenants <command> --help`. */
  readonly command: string;
  /** Printed to stdout by `--help`. */
  readonly usage: string;
  /** The common options the command takes. @default none */
  readonly common?: readonly CommonOption[];
  /** The values `--format` accepts, the first being the default. @default none: the command has no --format */
  readonly formats?: readonly F[];
  /** The command's own options, by name without the `--`. @default none */
  readonly options?: Readonly<Record<K, CommandOption>>;
  /** The command's switches: options without a value, by name without the `--`. @default none */
  readonly flags?: readonly string[];
  /** Whether the command takes positional arguments (files or folders). @default false */
  readonly positionals?: boolean;
}

/** A parsed command line. */
export interface CommandArgs<F extends string = never, K extends string = never> {
  /** `--help` or `-h` was given (it wins over everything else; the other fields are then defaults). */
  readonly help: boolean;
  /** `--tenant` ids in order, without repeats; empty means every tenant. */
  readonly tenants: readonly string[];
  /** `--tenants-dir` (old name `--dir`). */
  readonly tenantsDir: string;
  /** `--out` (old name `--outdir`). */
  readonly outDir: string;
  /** `--format`, or the first of the command's formats; undefined for a command without formats. */
  readonly format: [F] extends [never] ? undefined : F;
  /** Positional arguments, including any after `--`. */
  readonly positionals: readonly string[];
  /** Values of the command's own options; empty when not given, at most one for an option that is not `multiple`. */
  readonly options: Readonly<Record<K, readonly string[]>>;
  /** The command's switches that were given. */
  readonly flags: ReadonlySet<string>;
}

/** Default `--tenants-dir`. */
export const DEFAULT_TENANTS_DIR = 'tenants';
/** Default `--out`. */
export const DEFAULT_OUT_DIR = 'cdktf.out';

/** Old spellings, still accepted wherever the new one is, but no longer documented. */
const ALIASES: Readonly<Record<string, CommonOption>> = { dir: 'tenants-dir', outdir: 'out' };

interface OptionDef extends CommandOption {
  /** The name results are stored under (the new spelling for an alias). */
  readonly key: string;
  /** A switch: takes no value. */
  readonly flag?: boolean;
}

function optionDefs(spec: CommandSpec<string, string>): Map<string, OptionDef> {
  const defs = new Map<string, OptionDef>();
  for (const name of spec.common ?? []) defs.set(name, { key: name, multiple: name === 'tenant' });
  for (const [alias, name] of Object.entries(ALIASES)) if (defs.has(name)) defs.set(alias, defs.get(name)!);
  if (spec.formats?.length) defs.set('format', { key: 'format', choices: spec.formats });
  for (const [name, option] of Object.entries<CommandOption>(spec.options ?? {})) defs.set(name, { ...option, key: name });
  for (const name of spec.flags ?? []) defs.set(name, { key: name, flag: true });
  return defs;
}

/**
 * Parses a command's arguments: `--opt value` and `--opt=value`, repeatable options, positionals and `--`.
 * @throws UsageError for an unknown option, a missing or disallowed value, or a positional the command does not take.
 */
export function parseCommandArgs<F extends string = never, K extends string = never>(
  argv: readonly string[],
  spec: CommandSpec<F, K>,
): CommandArgs<F, K> {
  const see = `see tenants ${spec.command} --help`;
  const defs = optionDefs(spec);
  // Not strict: the tokens name the offending option, so our messages need not parse node's wording.
  const { tokens } = parseArgs({
    args: [...argv],
    options: {
      ...Object.fromEntries([...defs].map(([name, def]) => [name, { type: def.flag ? ('boolean' as const) : ('string' as const) }])),
      help: { type: 'boolean', short: 'h' },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const help = tokens.some((t) => t.kind === 'option' && t.name === 'help');
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (const token of help ? [] : tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!spec.positionals) throw new UsageError(`unexpected argument '${token.value}': tenants ${spec.command} takes no files; ${see}`);
      positionals.push(token.value);
      continue;
    }
    const def = defs.get(token.name);
    if (!def) throw new UsageError(`unknown option '${token.rawName}'; ${see}`);
    const flag = `--${def.key}`;
    if (def.flag) {
      if (token.inlineValue) throw new UsageError(`${flag} takes no value; ${see}`);
      flags.add(def.key);
      continue;
    }
    const raw = token.value;
    // A value taken from the next argument that looks like an option is a forgotten value (`--tenant --format json`).
    const missing = raw === undefined || (!token.inlineValue && raw.startsWith('-'));
    const given = missing ? [] : def.multiple && def.split !== false ? raw.split(',').map((s) => s.trim()).filter(Boolean) : [raw].filter(Boolean);
    if (given.length === 0) throw new UsageError(`${flag} needs a value; ${see}`);
    const wrong = def.choices && given.find((v) => !def.choices!.includes(v));
    if (wrong) throw new UsageError(`${flag} '${wrong}' is not one of: ${def.choices!.join(', ')}`);
    values.set(def.key, def.multiple ? (def.split === false ? [...(values.get(def.key) ?? []), ...given] : [...new Set([...(values.get(def.key) ?? []), ...given])]) : given);
  }
  const last = (key: string): string | undefined => values.get(key)?.at(-1);
  const ownOptions = Object.keys(spec.options ?? {}).map((name) => [name, values.get(name) ?? []]);
  return {
    help,
    tenants: values.get('tenant') ?? [],
    tenantsDir: last('tenants-dir') ?? DEFAULT_TENANTS_DIR,
    outDir: last('out') ?? DEFAULT_OUT_DIR,
    format: (last('format') ?? spec.formats?.[0]) as CommandArgs<F, K>['format'],
    positionals,
    options: Object.fromEntries(ownOptions) as Record<K, readonly string[]>,
    flags,
  };
}

/**
 * Parses a command's arguments and handles what ends the command there: `--help` prints the usage to stdout
 * (exit 0), a usage mistake prints `tenants <command>: <message>` to stderr (exit 2).
 * @returns the parsed arguments, or the exit code when the command has nothing more to do.
 */
export function readCommandArgs<F extends string = never, K extends string = never>(
  argv: readonly string[],
  spec: CommandSpec<F, K>,
  io: CliIo,
): CommandArgs<F, K> | number {
  try {
    const args = parseCommandArgs(argv, spec);
    if (!args.help) return args;
    io.stdout(spec.usage);
    return EXIT.ok;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`tenants ${spec.command}: ${e.message}\n`);
    return EXIT.usage;
  }
}
