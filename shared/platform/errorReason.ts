// Runtime: any. Why an operation failed, in a few words and the system's code, never the error's
// own text: a file system error's message names the local path (`open '/home/ada/…'`), which would
// carry the member's user name into a report or a shared log.

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOENT: 'it is no longer there',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder on its path is a file',
  EIO: 'a disk or device error',
  EMFILE: 'too many files open',
  ENFILE: 'too many files open',
  ENOMEM: 'out of memory',
  EBUSY: 'it is in use',
  ELOOP: 'too many links',
  ENAMETOOLONG: 'the name is too long',
  ETIMEDOUT: 'the disk did not answer',
};

export function errorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && /^E[A-Z0-9]{2,15}$/.test(code)) return `${SYSTEM_ERRORS[code] ?? 'a system error'}, ${code}`;
  if (error instanceof RangeError) return 'it is larger than this app can hold in memory';
  return 'an unexpected error';
}
