import * as fs from 'fs';
import * as path from 'path';
import { RUN_FILES, RunDirError, RunJournal, fingerprint, logFileOf, planJsonOf, readJournal, savedPlanOf } from '../../../commands/rollout/journal';
import type { JournalStart } from '../../../commands/rollout/model';
import { removeScratch, scratch } from './fixtures';

afterAll(removeScratch);

const START: JournalStart = {
  type: 'start',
  version: 1,
  runId: 'rollout-20260101T000000Z',
  at: '2026-01-01T00:00:00.000Z',
  settings: { mode: 'apply', outdir: 'cdktf.out', canary: ['acme'], batchSize: 10, maxFailures: 0, allowDataLoss: false },
  plan: { stacks: 1, waves: [{ wave: 1, name: 'canary', stacks: [{ stack: 'tenant-acme', after: [] }] }] },
  fingerprints: { 'tenant-acme': 'ab'.repeat(32) },
};
const outcome = { stack: 'tenant-acme', wave: 1, backend: 'local' as const, status: 'applied' as const, message: 'applied', blockers: [], log: logFileOf('tenant-acme'), resumed: false };

describe('RunJournal', () => {
  it('names the files of a run folder; plans are <stack>.plan.json as tenants review --head-plans reads them', () => {
    expect(logFileOf('tenant-acme')).toBe(path.join('logs', 'tenant-acme.log'));
    expect(planJsonOf('tenant-acme')).toBe(path.join('plans', 'tenant-acme.plan.json'));
    expect(savedPlanOf('tenant-acme')).toBe(path.join('plans', 'tenant-acme.tfplan'));
  });

  it('writes the start line, then one line per event, and reads them back', () => {
    const dir = path.join(scratch(), 'run');
    const journal = RunJournal.create(dir, START);
    journal.append({ type: 'started', stack: 'tenant-acme', at: '2026-01-01T00:00:01.000Z' });
    journal.append({ type: 'finished', at: '2026-01-01T00:00:02.000Z', outcome });
    journal.close();
    expect(fs.readdirSync(dir).sort()).toEqual([RUN_FILES.journal, RUN_FILES.logs, RUN_FILES.plans].sort());
    const read = readJournal(dir);
    expect(read.start).toEqual(START);
    expect(read.events.map((e) => e.type)).toEqual(['started', 'finished']);
    const { journal: again, outcomes } = RunJournal.resume(dir);
    expect(outcomes.get('tenant-acme')).toEqual(outcome);
    again.close();
  });

  it('ignores a last line an interruption cut short, and names any other damaged line', () => {
    const dir = path.join(scratch(), 'run');
    RunJournal.create(dir, START).close();
    const file = path.join(dir, RUN_FILES.journal);
    fs.appendFileSync(file, '{"type":"started","stack":"tenant-ac');
    expect(readJournal(dir).events).toEqual([]);
    fs.appendFileSync(file, '\n{"type":"started","stack":"x","at":"now"}\n');
    expect(() => readJournal(dir)).toThrow(new RunDirError(`${file}:2: not a journal line (not JSON); the journal is damaged: start a new rollout`));
  });

  it('refuses to start a second rollout in a folder, and to resume a folder without a journal', () => {
    const dir = path.join(scratch(), 'run');
    RunJournal.create(dir, START).close();
    expect(() => RunJournal.create(dir, START)).toThrow(`run folder '${dir}' already holds a rollout (journal.jsonl); resume it with --resume ${dir}, or choose another --run-dir`);
    const empty = scratch();
    expect(() => RunJournal.resume(empty)).toThrow(`run folder '${empty}' has no journal.jsonl: nothing to resume; start a rollout with --run-dir ${empty}`);
  });

  it('is used by one rollout at a time; a lock left by a process that is gone is taken over', () => {
    const dir = path.join(scratch(), 'run');
    const journal = RunJournal.create(dir, START);
    expect(() => RunJournal.resume(dir)).toThrow(`run folder '${dir}' is in use by rollout process ${process.pid}; wait for it to end (or stop it) before resuming`);
    journal.close();
    fs.writeFileSync(path.join(dir, RUN_FILES.lock), '2147483646\n'); // no such process
    RunJournal.resume(dir).journal.close();
    expect(fs.existsSync(path.join(dir, RUN_FILES.lock))).toBe(false);
  });

  it('fingerprints a file by its bytes', () => {
    const dir = scratch({ 'a.json': '{}', 'b.json': '{}', 'c.json': '{"x":1}' });
    expect(fingerprint(path.join(dir, 'a.json'))).toBe(fingerprint(path.join(dir, 'b.json')));
    expect(fingerprint(path.join(dir, 'a.json'))).not.toBe(fingerprint(path.join(dir, 'c.json')));
    expect(fingerprint(path.join(dir, 'a.json'))).toMatch(/^[0-9a-f]{64}$/);
  });
});
