import { SpecError, errorText, problemsOf } from '../../lib/model/errors';

/** Where a command writes; tests pass collectors, the bin passes the process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A CLI command: arguments after the command name in, exit code out. */
export type CliCommand = (argv: string[], io: CliIo) => number | Promise<number>;

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * Reports a command's failure on its input: `tenants <command>: <what is wrong>` on stderr, exit 2, never a stack
 * trace. `explain` words the errors the command knows (bad files, tenant files); anything else is reported as
 * unexpected, with its message.
 */
export function inputFailure(command: string, io: CliIo, error: unknown, explain: (error: unknown) => string | undefined): number {
  const known = explain(error);
  const text = known ?? `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  // Every line names the command, the lines of a multi-line message (several bad tenant files) too.
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  io.stderr(lines.map((l) => `tenants ${command}: ${l}\n`).join(''));
  return EXIT.usage;
}

/**
 * Prints input problems to stderr, one per line, each line prefixed with `error: ` (the lines of a multi-line
 * problem too, so every line says what it is).
 */
export function printErrors(io: CliIo, error: SpecError): void {
  io.stderr(errorText(problemsOf(error)));
}

/** The process streams. */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};
