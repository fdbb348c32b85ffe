/** The exit codes of the `apiwire` command. */

/** 0 success; 1 the work failed (bad spec, unknown tool, failed call); 2 the command line was wrong. */
export const exitCode = { ok: 0, failure: 1, usage: 2 } as const;
