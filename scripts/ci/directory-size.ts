/** Disk usage of a folder tree, as `du` counts it (allocated blocks), for the install-size figure. */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes allocated on disk under `folder` (files, folders and links counted once each by inode). */
export function directorySize(folder: string, seen = new Set<number>()): number {
  const stat = lstatSync(folder);
  if (seen.has(stat.ino)) return 0;
  seen.add(stat.ino);
  let bytes = stat.blocks * 512;
  if (stat.isDirectory()) {
    for (const name of readdirSync(folder)) bytes += directorySize(join(folder, name), seen);
  }
  return bytes;
}
