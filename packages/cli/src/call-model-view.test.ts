import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { librarySpecPath, startLibraryServer } from '@apiwire/fixtures';
import { runBin } from '../test/run-bin';

const library = await startLibraryServer();
beforeEach(() => library.reset());
afterAll(async () => {
  await library.close();
});

describe('apiwire call prints what the model reads', () => {
  it('a 100-item page within the budget, with the note; --json keeps the whole result; --full prints it', async () => {
    const args = ['call', librarySpecPath, 'library_list_books', '--name', 'library', '--base-url', library.url, '--input', '{"per_page":100}'];
    const shown = await runBin([...args, '--max-tokens', '2000']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('(what the model reads; --full prints the whole response)');
    const count = Number(/"note": "Showing (\d+) of 100 items/.exec(shown.stdout)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(shown.stdout).not.toContain('reviews_url');

    const json = JSON.parse((await runBin([...args, '--max-tokens', '2000', '--json'])).stdout);
    expect(json.result.data).toHaveLength(100);
    expect(JSON.parse(json.model.text).result.length).toBe(count);
    expect(json.model.note).toContain(`Showing ${count} of 100 items`);
    expect(json.model.note).toContain(`call library_list_books again with the same inputs and {"page":2,"per_page":${count}}`);

    const full = await runBin([...args, '--full']);
    expect(full.stdout).toContain('"reviews_url"');
    expect(full.stdout).toContain('"id": 100');
  });

  it('refuses a budget that is not a positive integer', async () => {
    const bad = await runBin(['call', librarySpecPath, 'library_list_books', '--base-url', library.url, '--max-tokens', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-tokens must be a positive integer (got 0)');
    expect(library.requests).toEqual([]);
  });
});
