import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../test/load-paths';
import { toolHeadlineTerms } from './tool-headline-terms';

describe('toolHeadlineTerms', () => {
  it("reads the summary, else the description's first sentence without markup, at most twelve terms and no single letters", async () => {
    const ok = { '200': { description: 'ok' } };
    const server = await loadPaths({
      name: 'shop',
      paths: {
        '/carts': { post: { summary: "Create a user's cart", description: 'Makes an empty cart.', responses: ok } },
        '/cards': { get: { description: '<p>Returns a list of cards.</p> Cards are sorted by date.\nMore.', responses: ok } },
        '/notes': { get: { description: 'one two three four five six seven eight nine ten eleven twelve thirteen', responses: ok } },
      },
    });
    expect(server.tools.map(toolHeadlineTerms)).toEqual([
      ['creat', 'user', 'cart'],
      ['return', 'list', 'card'],
      ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelv', 'thirteen'],
    ]);
  });
});
