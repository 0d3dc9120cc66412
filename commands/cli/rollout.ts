import * as fs from 'fs';
import * as path from 'path';
import { SynthFolderError, SynthStackEntry, stackIdentity, synthStackEntries } from '../../lib/synth-layout';
import { isObject } from '../../lib/terraform-json';
import { AffectedSchema } from '../rollout/affected';
import { RolloutPlanError, stackGraph } from '../rollout/graph';
import { HcpRunner, hcpTarget, tokenFor, tokenVariable } from '../rollout/hcp';
import { RUN_FILES, RunDirError, RunJournal, fingerprint } from '../rollout/journal';
import { LocalTerraformRunner } from '../rollout/local-terraform';
import { ROLLOUT_MODES, RolloutSettings, RolloutSummary } from '../rollout/model';
import { renderRolloutJson, renderRolloutPlanJson } from '../rollout/render/json';
import { renderRolloutMarkdown, renderRolloutPlanMarkdown } from '../rollout/render/markdown';
import { DEFAULT_PARALLELISM, executeRollout } from '../rollout/run';
import type { StackRunner } from '../rollout/runner';
import { DEFAULT_BATCH_SIZE, planRollout } from '../rollout/waves';
import { CommandSpec, UsageError, readCommandArgs } from './args';
import { CliIo, inputFailure } from './io';

export const ROLLOUT_FORMATS = ['markdown', 'json'] as const;

/** Exit codes of `tenants rollout`. */
export const ROLLOUT_EXIT = { completed: 0, incomplete: 1, unusableInput: 2 } as const;

/** What this machine lacks to run the rollout (a token, terraform): exit 2, one line. */
class RolloutEnvironmentError extends Error {}

/** Where run folders go unless --run-dir says otherwise. */
export const DEFAULT_RUNS_DIR = '.rollout';

export const ROLLOUT_USAGE = `Usage: tenants rollout [--out <dir>] [--stacks <a,b>] [--tenant <id>] [--affected <file>]
                       [--canary <ids>] [--batch-size <n>] [--parallelism <n>] [--max-failures <n>]
                       [--apply] [--allow-data-loss] [--run-dir <dir>] [--dry-run] [--format markdown|json]
       tenants rollout --resume <run dir> [--parallelism <n>] [--format markdown|json]

Plans (or with --apply, applies) many stacks of a synth in dependency order, in waves: the canary tenants first,
then batches of units (a tenant's stacks, a pool with its workloads stack), each stack after the stacks it
depends on (cdktf's manifest: a pool before its workloads stack and its slices, a platform before its workloads).
Stacks whose Terraform JSON has a cloud block run in their HCP Terraform / Terraform Enterprise workspace through
its API; the others run terraform init/plan/apply in their folder of the synth. No new stack starts once more stacks
failed than --max-failures allows, or when the canary wave did not succeed. Every event goes to a journal in the run
folder, with one log per stack, each plan's JSON and a JSON and markdown summary; --resume continues an interrupted
or stopped run without running its succeeded stacks again.

  --out <dir>            the synth folder (default: cdktf.out)
  --stacks <a,b>         these stacks (repeatable); with --tenant, the union
  --tenant <id>          a tenant's stacks (repeatable)
  --affected <file>      the stacks in \`tenants affected\` JSON (a pull request's changed stacks)
                         (default: every stack of the synth)
  --canary <ids>         tenants deployed first, in a wave of their own with the pools they need
  --batch-size <n>       units per wave after the canary wave (default: ${DEFAULT_BATCH_SIZE})
  --parallelism <n>      stacks running at once (default: ${DEFAULT_PARALLELISM})
  --max-failures <n>     failures tolerated before no new stack starts (default: 0)
  --apply                apply the plans (default: plan only)
  --allow-data-loss      apply plans that replace or delete stateful resources (default: refuse them)
  --run-dir <dir>        the run folder (default: ${DEFAULT_RUNS_DIR}/<run id>)
  --resume <dir>         continue the run in that folder with its journal's settings
  --dry-run              print the order and the waves; run nothing
  --terraform <path>     the terraform executable (default: terraform on PATH)
  --hcp-url <url>        the HCP Terraform / Terraform Enterprise API address (default: https://<hostname of the cloud block>)
  --poll-seconds <s>     between two looks at an HCP Terraform run (default: 5)
  --format <format>      markdown (default) or json, for the summary (and the plan with --dry-run)

HCP Terraform tokens come from TF_TOKEN_<hostname with _ for .> (as Terraform reads them) or TFE_TOKEN.
Exits 0 when every stack succeeded (or with --dry-run), 1 when the rollout did not complete (a stack failed, was
refused, blocked or not started), 2 on a usage mistake or an unusable synth, run folder or file.
`;

type RolloutFormat = (typeof ROLLOUT_FORMATS)[number];
type RolloutOption =
  | 'stacks'
  | 'affected'
  | 'canary'
  | 'batch-size'
  | 'parallelism'
  | 'max-failures'
  | 'run-dir'
  | 'resume'
  | 'terraform'
  | 'hcp-url'
  | 'poll-seconds';

const ROLLOUT_ARGS: CommandSpec<RolloutFormat, RolloutOption> = {
  command: 'rollout',
  usage: ROLLOUT_USAGE,
  common: ['tenant', 'out'],
  formats: ROLLOUT_FORMATS,
  options: {
    stacks: { multiple: true },
    affected: {},
    canary: { multiple: true },
    'batch-size': {},
    parallelism: {},
    'max-failures': {},
    'run-dir': {},
    resume: {},
    terraform: {},
    'hcp-url': {},
    'poll-seconds': {},
  },
  flags: ['apply', 'allow-data-loss', 'dry-run'],
};

/** A whole number option, at least `min`. */
function count(value: string | undefined, flag: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag} '${value}' is not a whole number of at least ${min}`);
  return n;
}

/** The stacks the command line selects, in the synth's order. */
function selectStacks(entries: ReadonlyMap<string, SynthStackEntry>, stacks: readonly string[], tenants: readonly string[], affectedFile: string | undefined, outdir: string): string[] {
  const names = new Set(entries.keys());
  if (affectedFile !== undefined) {
    if (stacks.length > 0 || tenants.length > 0) throw new UsageError('--affected selects the stacks: give it without --stacks and --tenant');
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(affectedFile, 'utf8'));
    } catch (e) {
      throw new SynthFolderError(`cannot read '${affectedFile}' as JSON (${e instanceof Error ? e.message : String(e)}); write it with \`tenants affected --format json\``);
    }
    const parsed = AffectedSchema.safeParse(json);
    if (!parsed.success) throw new SynthFolderError(`'${affectedFile}' is not \`tenants affected\` JSON (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})`);
    const unknown = parsed.data.stacks.find((s) => !names.has(s.stack));
    if (unknown) throw new SynthFolderError(`'${affectedFile}' names stack '${unknown.stack}', which '${outdir}' does not have; select from the same synth`);
    return parsed.data.stacks.map((s) => s.stack);
  }
  if (stacks.length === 0 && tenants.length === 0) return [...names];
  const unknown = stacks.find((s) => !names.has(s));
  if (unknown) throw new UsageError(`--stacks '${unknown}' is not a stack of '${outdir}'; see its manifest.json`);
  const chosen = new Set(stacks);
  for (const id of tenants) {
    const own = [...names].filter((n) => stackIdentity(n, names).tenantId === id);
    if (own.length === 0) throw new UsageError(`--tenant '${id}' has no stack in '${outdir}'`);
    for (const n of own) chosen.add(n);
  }
  return [...names].filter((n) => chosen.has(n));
}

/** True when the executable can be found (a path that exists, or a name on PATH). */
function executableExists(command: string): boolean {
  if (command.includes(path.sep)) return fs.existsSync(command);
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** Local runner or HCP runner per stack, from each stack's Terraform JSON. */
function runners(entries: ReadonlyMap<string, SynthStackEntry>, selected: readonly string[], local: StackRunner, hcp: StackRunner, env: NodeJS.ProcessEnv) {
  const byStack = new Map<string, StackRunner>();
  const missingTokens = new Set<string>();
  for (const name of selected) {
    const json = JSON.parse(fs.readFileSync(entries.get(name)!.file, 'utf8')) as unknown;
    const target = isObject(json) ? hcpTarget(json) : undefined;
    byStack.set(name, target ? hcp : local);
    if (target && !tokenFor(target.hostname, env)) missingTokens.add(target.hostname);
  }
  return { runnerFor: (s: string) => byStack.get(s)!, missingTokens: [...missingTokens].sort(), anyLocal: [...byStack.values()].includes(local) };
}

/** A run id from the clock: sortable, safe in a folder name. */
function newRunId(now: Date): string {
  return `rollout-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}`;
}

/**
 * `tenants rollout`: plans or applies stacks of a synth in dependency order and waves, locally or in HCP Terraform.
 * @returns 0 when every stack succeeded (or a dry run), 1 when the rollout did not complete, 2 for unusable input.
 */
export async function runRolloutCommand(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const args = readCommandArgs(argv, ROLLOUT_ARGS, io);
  if (typeof args === 'number') return args;
  const o = args.options;
  let journal: RunJournal | undefined;
  try {
    const parallelism = count(o.parallelism[0], 'parallelism', 1, DEFAULT_PARALLELISM);
    const pollSeconds = o['poll-seconds'][0] === undefined ? 5 : Number(o['poll-seconds'][0]);
    if (!Number.isFinite(pollSeconds) || pollSeconds < 0) throw new UsageError(`--poll-seconds '${o['poll-seconds'][0]}' is not a number of seconds`);
    const resume = o.resume[0];
    let settings: RolloutSettings;
    let previous;
    let entries: Map<string, SynthStackEntry>;
    if (resume !== undefined) {
      const given = (['stacks', 'affected', 'canary', 'batch-size', 'max-failures', 'run-dir'] as const).filter((k) => o[k].length > 0);
      const flags = ['apply', 'allow-data-loss', 'dry-run'].filter((f) => args.flags.has(f));
      const conflicting = [...given.map((k) => `--${k}`), ...flags.map((f) => `--${f}`), ...(args.tenants.length > 0 ? ['--tenant'] : [])];
      if (conflicting.length > 0) throw new UsageError(`${conflicting.join(', ')} cannot change a run being resumed (its journal holds its settings); start a new run instead`);
      const opened = RunJournal.resume(resume);
      journal = opened.journal;
      previous = opened.outcomes;
      settings = journal.start.settings;
      entries = synthStackEntries(settings.outdir);
      const changed = Object.entries(journal.start.fingerprints).filter(([stack, hash]) => !entries.has(stack) || fingerprint(entries.get(stack)!.file) !== hash);
      if (changed.length > 0) {
        throw new RunDirError(
          `the synth in '${settings.outdir}' changed since run ${journal.start.runId} started (${changed.map(([s]) => s).join(', ')}); a resumed run applies what it planned: start a new rollout`,
        );
      }
    } else {
      entries = synthStackEntries(args.outDir);
      settings = {
        mode: args.flags.has('apply') ? ROLLOUT_MODES[1] : ROLLOUT_MODES[0],
        outdir: args.outDir,
        canary: [...o.canary],
        batchSize: count(o['batch-size'][0], 'batch-size', 1, DEFAULT_BATCH_SIZE),
        maxFailures: count(o['max-failures'][0], 'max-failures', 0, 0),
        allowDataLoss: args.flags.has('allow-data-loss'),
      };
    }
    const plan =
      resume !== undefined
        ? journal!.start.plan
        : planRollout(stackGraph(entries), selectStacks(entries, o.stacks, args.tenants, o.affected[0], args.outDir), { canary: settings.canary, batchSize: settings.batchSize });
    if (args.flags.has('dry-run')) {
      io.stdout(args.format === 'json' ? renderRolloutPlanJson(plan) : renderRolloutPlanMarkdown(plan, { mode: settings.mode, parallelism }));
      return ROLLOUT_EXIT.completed;
    }
    const selected = plan.waves.flatMap((w) => w.stacks.map((s) => s.stack));
    const hcpUrl = o['hcp-url'][0];
    const local = new LocalTerraformRunner({ terraform: o.terraform[0], env });
    const hcp = new HcpRunner({ env, pollMs: pollSeconds * 1000, ...(hcpUrl ? { address: () => hcpUrl } : {}) });
    const chosen = runners(entries, selected, local, hcp, env);
    if (chosen.missingTokens.length > 0) {
      throw new RolloutEnvironmentError(`no HCP Terraform token for ${chosen.missingTokens.join(', ')}: set ${chosen.missingTokens.map(tokenVariable).join(', ')} (or TFE_TOKEN)`);
    }
    const terraform = o.terraform[0] ?? 'terraform';
    if (chosen.anyLocal && !executableExists(terraform)) throw new RolloutEnvironmentError(`'${terraform}' not found: install Terraform or pass --terraform <path>`);
    if (!journal) {
      const now = new Date();
      const runId = newRunId(now);
      const dir = o['run-dir'][0] ?? path.join(DEFAULT_RUNS_DIR, runId);
      const fingerprints = Object.fromEntries(selected.map((s) => [s, fingerprint(entries.get(s)!.file)]));
      journal = RunJournal.create(dir, { type: 'start', version: 1, runId, at: now.toISOString(), settings, plan, fingerprints });
    }
    const many = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    io.stderr(`tenants rollout: ${settings.mode} of ${many(plan.stacks, 'stack')} in ${many(plan.waves.length, 'wave')}; run folder ${journal.dir}\n`);
    const summary: RolloutSummary = await executeRollout({
      journal,
      entries,
      runnerFor: chosen.runnerFor,
      parallelism,
      ...(previous ? { previous } : {}),
      progress: (line) => io.stderr(`${new Date().toISOString().slice(11, 19)} ${line}\n`),
    });
    fs.writeFileSync(path.join(journal.dir, RUN_FILES.summaryJson), renderRolloutJson(summary));
    fs.writeFileSync(path.join(journal.dir, RUN_FILES.summaryMarkdown), renderRolloutMarkdown(summary));
    io.stdout(args.format === 'json' ? renderRolloutJson(summary) : renderRolloutMarkdown(summary));
    return summary.completed ? ROLLOUT_EXIT.completed : ROLLOUT_EXIT.incomplete;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`tenants rollout: ${e.message}; see tenants rollout --help\n`);
      return ROLLOUT_EXIT.unusableInput;
    }
    return inputFailure('rollout', io, e, (x) => (x instanceof SynthFolderError || x instanceof RunDirError || x instanceof RolloutPlanError || x instanceof RolloutEnvironmentError ? x.message : undefined));
  } finally {
    journal?.close();
  }
}

/** `tenants rollout` with the process environment. */
export function runRollout(argv: string[], io: CliIo): Promise<number> {
  return runRolloutCommand(argv, io);
}
