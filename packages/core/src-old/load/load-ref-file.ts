/** Reads (file:) or fetches (http/https) the file an external `$ref` points to, and parses it. */
import { fetchSpecText } from './fetch-spec-text';
import { isInside } from './is-inside';
import { parseSpecText } from './parse-spec-text';
import { readSpecFile } from './read-spec-file';

/** Loads one referenced file; a file: URL must resolve (symbolic links followed) inside `fileRoot`. */
export async function loadRefFile(options: {
  url: string;
  /** The root folder's real URL pathname, for file: URLs. */
  fileRoot: string | undefined;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}): Promise<unknown> {
  const url = new URL(options.url);
  if (url.protocol === 'file:') await checkRealPath(url, options.fileRoot!);
  const text =
    url.protocol === 'file:'
      ? await readSpecFile({ path: url, maxBytes: options.maxBytes })
      : await fetchSpecText({ url: options.url, fetch: options.fetch, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
  return await parseSpecText({ text, source: options.url });
}

/** Refuses a file whose real path (symbolic links followed) lies outside the root. */
async function checkRealPath(url: URL, rootPathname: string): Promise<void> {
  const [{ realpath }, { pathToFileURL }] = await Promise.all([import('node:fs/promises'), import('node:url')]);
  const real = await realpath(url).catch(() => undefined);
  if (real !== undefined && !isInside({ pathname: pathToFileURL(real).pathname, rootPathname })) {
    throw new Error(`it is a link to a file outside the spec's folder (${decodeURIComponent(rootPathname)}); set specLoading.root to follow it`);
  }
}
