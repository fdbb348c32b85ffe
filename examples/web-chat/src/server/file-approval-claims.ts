/** Single-use approvals kept in a folder: one file per approval carried out, created only if it is not there yet. */
import type { ClaimApproval } from '@apiwire/ai-sdk';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A `claimApproval` for `toAISDKTools` that records each approval as a file in `folder` (flag `wx`: the file
 * system refuses a second create, also across processes), so a signed approval sent again, after a restart too,
 * finds its file and is refused. A database does the same with a unique column.
 */
export function fileApprovalClaims(options: { folder: string }): ClaimApproval {
  return async ({ approvalId, toolCallId, toolName }) => {
    await mkdir(options.folder, { recursive: true });
    const file = join(options.folder, `${createHash('sha256').update(approvalId).digest('hex')}.json`);
    try {
      await writeFile(file, JSON.stringify({ approvalId, toolCallId, toolName, at: new Date().toISOString() }), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  };
}
