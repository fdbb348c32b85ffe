import { describe, expect, it } from 'vitest';
import { findValueSpans } from './find-value-spans';

const texts = (query: string) => findValueSpans(query).map((span) => span.text);

describe('findValueSpans', () => {
  it('finds quoted text and names that do not start a sentence', () => {
    expect(texts('rename the project to "Apollo Two" please')).toEqual(['Apollo Two']);
    expect(texts("add it to the 'Q3 board' list, it's urgent")).toEqual(['Q3 board']);
    expect(texts('Invite Ada Lovelace to the Analytics Engine team')).toEqual(['Ada Lovelace', 'Analytics Engine']);
    expect(texts('open an issue in the Lord of the Rings repo')).toEqual(['Lord of the Rings']);
    expect(texts('how many stars does 2 Broke Girls have')).toEqual(['2 Broke Girls']);
  });

  it('reads short acronyms, I, sentence starts and Title Case queries as words', () => {
    expect(texts('List the TV shows I follow')).toEqual([]);
    expect(texts('Delete the API key. Create a webhook')).toEqual([]);
    expect(texts('List Invoices For Customer')).toEqual([]);
  });

  it('finds identifiers from code, files and paths, without their surrounding punctuation', () => {
    expect(findValueSpans('find code that calls parseConfig.')).toEqual([{ text: 'parseConfig', start: 21, end: 32, identifier: true }]);
    expect(texts('read package.json from octocat/hello-world')).toEqual(['package.json', 'octocat/hello-world']);
    expect(texts('which issues set the due_date field')).toEqual(['due_date']);
    expect(texts('is v1.2 out, or 3.5')).toEqual([]);
  });

  it("marks a file's name by a common extension, and not a project named like one (`next.js`) or a version", () => {
    const files = (query: string) => findValueSpans(query).map((span) => [span.text, span.file === true]);
    expect(files('download contract.docx, then read docs/setup.md')).toEqual([['contract.docx', true], ['docs/setup.md', true]]);
    expect(files('people who starred vercel/next.js')).toEqual([['vercel/next.js', false]]);
    expect(files('find code that calls parseConfig')).toEqual([['parseConfig', false]]);
  });
});
