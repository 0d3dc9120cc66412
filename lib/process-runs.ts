/**
 * True when a process with this id runs on this machine: signal 0 tests without signalling, and EPERM means it runs
 * as another user. Used to tell a staging folder or a lock left by a killed process from one still in use.
 */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
