/** Vitest global setup: builds dist/ once, before any test file runs the bin, when it is missing or stale. */
import { ensureBuiltBin } from './run-bin';

/** Called by vitest once per run. */
export function setup(): void {
  ensureBuiltBin();
}
