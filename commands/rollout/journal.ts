/**
 * A rollout's run folder, in one place:
 *
 * ```
 * <run dir>/
 *   journal.jsonl             one JSON line per event: the start (settings, waves, synth fingerprints), each stack
 *                             started and finished, resumes, the end; appended as they happen
 *   logs/<stack>.log          everything Terraform (or the HCP Terraform run) said for that stack
 *   plans/<stack>.plan.json   `terraform show -json` of its plan (the folder `tenants review --head-plans` reads)
 *   plans/<stack>.tfplan      the saved plan a local apply applies
 *   summary.json, summary.md  how the rollout ended
 *   lock                      the pid of the rollout using the folder, while it runs
 * ```
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { planFileIn } from '../../lib/synth-layout';
import { processRuns } from '../../lib/process-runs';
import { JournalEvent, JournalEventSchema, JournalStart, JournalStartSchema, StackOutcome } from './model';

export const RUN_FILES = {
  journal: 'journal.jsonl',
  logs: 'logs',
  plans: 'plans',
  summaryJson: 'summary.json',
  summaryMarkdown: 'summary.md',
  lock: 'lock',
} as const;

/** A run folder that cannot be used (no journal, a broken line, in use by another rollout): exit 2, one line. */
export class RunDirError extends Error {
  override readonly name = 'RunDirError';
}

/** A stack's log, relative to the run folder. */
export function logFileOf(stack: string): string {
  return path.join(RUN_FILES.logs, `${stack}.log`);
}

/** A stack's plan JSON, relative to the run folder. */
export function planJsonOf(stack: string): string {
  return planFileIn(RUN_FILES.plans, stack);
}

/** A stack's saved binary plan, relative to the run folder. */
export function savedPlanOf(stack: string): string {
  return path.join(RUN_FILES.plans, `${stack}.tfplan`);
}

/** sha256 of a file's bytes, hex. */
export function fingerprint(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file, 'utf8')).digest('hex');
}

/** An open run folder: appends journal lines and owns the lock. */
export class RunJournal {
  private constructor(
    readonly dir: string,
    readonly start: JournalStart,
  ) {}

  /**
   * Creates a run folder and writes the journal's first line.
   * @throws RunDirError when the folder already holds a journal (resume it, or choose another folder).
   */
  static create(dir: string, start: JournalStart): RunJournal {
    const file = path.join(dir, RUN_FILES.journal);
    if (fs.existsSync(file)) throw new RunDirError(`run folder '${dir}' already holds a rollout (${RUN_FILES.journal}); resume it with --resume ${dir}, or choose another --run-dir`);
    fs.mkdirSync(path.join(dir, RUN_FILES.logs), { recursive: true });
    fs.mkdirSync(path.join(dir, RUN_FILES.plans), { recursive: true });
    lock(dir);
    // Written whole, then renamed: a reader never sees a journal without its start line.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(JournalStartSchema.parse(start))}\n`);
    fs.renameSync(temporary, file);
    return new RunJournal(dir, start);
  }

  /**
   * Opens a run folder to resume it: its start line and the last outcome of each stack.
   * @throws RunDirError when there is no journal, a line is not one of ours, or another rollout holds the lock.
   */
  static resume(dir: string): { journal: RunJournal; outcomes: Map<string, StackOutcome> } {
    const { start, events } = readJournal(dir);
    lock(dir);
    const outcomes = new Map<string, StackOutcome>();
    for (const e of events) if (e.type === 'finished') outcomes.set(e.outcome.stack, e.outcome);
    return { journal: new RunJournal(dir, start), outcomes };
  }

  /** Appends one event (a line written whole, so an interruption loses at most the line being written). */
  append(event: JournalEvent): void {
    fs.appendFileSync(path.join(this.dir, RUN_FILES.journal), `${JSON.stringify(JournalEventSchema.parse(event))}\n`);
  }

  /** Releases the lock. */
  close(): void {
    fs.rmSync(path.join(this.dir, RUN_FILES.lock), { force: true });
  }
}

/**
 * Reads a run folder's journal. A last line cut short by an interruption is ignored; any other bad line is an error.
 * @throws RunDirError naming the file and the line.
 */
export function readJournal(dir: string): { start: JournalStart; events: JournalEvent[] } {
  const file = path.join(dir, RUN_FILES.journal);
  if (!fs.existsSync(file)) throw new RunDirError(`run folder '${dir}' has no ${RUN_FILES.journal}: nothing to resume; start a rollout with --run-dir ${dir}`);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  // Every line is written with its newline, so the last piece is '' or a line an interruption cut short.
  const complete = lines.slice(0, -1);
  const parse = (line: string, i: number): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      throw new RunDirError(`${file}:${i + 1}: not a journal line (not JSON); the journal is damaged: start a new rollout`);
    }
  };
  const first = JournalStartSchema.safeParse(complete.length > 0 ? parse(complete[0], 0) : undefined);
  if (!first.success) throw new RunDirError(`${file}:1: not the start of a rollout journal (version 1); start a new rollout`);
  const events = complete.slice(1).map((line, i) => {
    const parsed = JournalEventSchema.safeParse(parse(line, i + 1));
    if (!parsed.success) throw new RunDirError(`${file}:${i + 2}: not a journal event (${parsed.error.issues[0].message}); the journal is damaged: start a new rollout`);
    return parsed.data;
  });
  return { start: first.data, events };
}


/** Takes the run folder's lock; a lock left by a process that is gone is taken over. */
function lock(dir: string): void {
  const file = path.join(dir, RUN_FILES.lock);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && processRuns(pid)) {
        throw new RunDirError(`run folder '${dir}' is in use by rollout process ${pid}; wait for it to end (or stop it) before resuming`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new RunDirError(`run folder '${dir}': could not take its lock; remove ${file} if no rollout is running`);
}
