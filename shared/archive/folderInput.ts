// Runtime: any. An unpacked export folder, read through the host's FolderReader.

import { collectFiles } from './collectFiles';
import { describeInput } from './entryPaths';
import type { FolderReader, OpenedInput } from './types';

export async function openFolderInput(name: string, reader: FolderReader): Promise<OpenedInput> {
  const listed = await reader.list();
  const raw = listed.map((file) => ({
    storedName: file.path,
    claimedSize: file.size,
    compressedSize: file.size,
    open: () => reader.read(file.path),
    ...(reader.localPath ? { source: { kind: 'local-path', path: reader.localPath(file.path) } as const } : {}),
  }));
  const collected = collectFiles(raw);
  return {
    name,
    kind: 'folder',
    bytes: listed.reduce((sum, f) => sum + f.size, 0),
    repeatedNames: 0,
    ...describeInput(name, collected.topFolder),
    ...collected,
  };
}
