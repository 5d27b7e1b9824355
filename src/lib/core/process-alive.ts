/**
 * Whether a process with this id is running: signal 0 checks without
 * sending anything; EPERM means it exists but belongs to another user.
 * Used to tell a stale lock or a killed build's leftovers from live ones.
 */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
