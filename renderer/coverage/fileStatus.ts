// Each file's status and problems in plain words.

import type { FileStatus } from '../../shared/scan/scanTypes';

export const FILE_STATUS_TEXT: Readonly<Record<FileStatus, string>> = {
  parsed: 'Read',
  empty: 'Empty',
  unknown: 'Not known to this app',
  error: 'Could not be read',
};
