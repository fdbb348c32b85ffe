/** Polls a condition until it holds (or about five seconds pass), for tests that wait on a server. */
import { expect } from 'vitest';

/** Resolves once `condition()` is true; fails the test if it never becomes true. */
export async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(condition()).toBe(true);
}
