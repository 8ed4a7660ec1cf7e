/**
 * File system refusals that only whoever runs the bot can fix (permissions, a read-only mount, a
 * full disk), in words: the user-facing errors name the folder and the reason instead of a code.
 */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the system does not allow it',
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/** Why the file system refused, in words, or null when the error is not such a refusal. */
export function fileSystemRefusal(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && REASONS[code]) ?? null;
}
