/** Pulls every file a spec's relative `$ref`s reach into the document itself, so all refs become internal. */
import { SpecError } from '../spec-error';
import { fetchSpecText } from './fetch-spec-text';
import { toPointer } from './json-pointer';
import { parseSpecText } from './parse-spec-text';
import { readSpecFile } from './read-spec-file';
import { claimFreeName } from '../naming/claim-free-name';

/** The document key under which referenced files are stored: `#/x-apiwire-bundled/<file>/<pointer>`. */
export const bundledKey = 'x-apiwire-bundled';

/** Keys whose values are data, not schema: a `$ref` inside them is text, never followed. */
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

interface PendingFile {
  url: string;
  key: string;
  /** Where the first ref to this file sits, for errors. */
  pointer: string;
}

/**
 * Rewrites, in place, every `$ref` to another file into a ref under `#/x-apiwire-bundled/<name>` and stores the
 * parsed file there (each file once, cycles between files included). Refs inside those files are rewritten the
 * same way, relative to their own location. File specs may reach files and http(s) URLs; URL specs reach only
 * their own origin (unless `allowCrossOriginRefs`), never `file:`. A file that cannot be read is a SpecError
 * with the pointer of the first `$ref` to it.
 */
export async function bundleExternalRefs(options: {
  document: Record<string, unknown>;
  location: string;
  label: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  allowCrossOriginRefs?: boolean;
}): Promise<{ files: number }> {
  const root = options.document;
  const rootUrl = new URL(options.location);
  const fromUrl = rootUrl.protocol !== 'file:';
  const keys = new Map<string, string>([[stripHash(rootUrl.href), '']]);
  const usedKeys = new Set<string>();
  const bundle: Record<string, unknown> = {};
  let queue: PendingFile[] = [];

  const keyFor = (target: URL, pointer: string): string => {
    const url = stripHash(target.href);
    const known = keys.get(url);
    if (known !== undefined) return known;
    const base = (target.pathname.split('/').pop() ?? 'file').replace(/\.(ya?ml|json)$/i, '');
    const safe = base.replace(/[^a-zA-Z0-9_.-]+/g, '_') || 'file';
    const key = claimFreeName(safe, usedKeys);
    keys.set(url, key);
    queue.push({ url, key, pointer });
    return key;
  };

  const rewrite = (document: unknown, documentUrl: URL, prefix: string, pointerPrefix: string[]): void => {
    const seen = new WeakSet<object>();
    const stack: Array<{ node: unknown; path: string[] }> = [{ node: document, path: pointerPrefix }];
    while (stack.length > 0) {
      const { node, path } = stack.pop()!;
      if (node === null || typeof node !== 'object' || seen.has(node)) continue;
      seen.add(node);
      const record = node as Record<string, unknown>;
      const ref = record.$ref;
      if (typeof ref === 'string') {
        record.$ref = rewriteRef({ ref, documentUrl, prefix, pointer: toPointer(path) });
      }
      for (const [key, value] of Object.entries(record)) {
        if (value === null || typeof value !== 'object' || dataKeys.has(key)) continue;
        stack.push({ node: value, path: [...path, key] });
      }
    }
  };

  const rewriteRef = (input: { ref: string; documentUrl: URL; prefix: string; pointer: string }): string => {
    if (input.ref.startsWith('#')) return input.prefix === '' ? input.ref : `#${input.prefix}${input.ref.slice(1)}`;
    let target: URL;
    try {
      target = new URL(input.ref, input.documentUrl);
    } catch (error) {
      throw new SpecError({ message: `Invalid $ref '${input.ref}'`, pointer: input.pointer, source: options.label, cause: error });
    }
    const allowed = fromUrl
      ? (target.protocol === 'http:' || target.protocol === 'https:') &&
        (target.origin === rootUrl.origin || options.allowCrossOriginRefs === true)
      : target.protocol === 'file:' || target.protocol === 'http:' || target.protocol === 'https:';
    if (!allowed) {
      throw new SpecError({
        message: `The $ref '${input.ref}' leaves the spec's origin; set specLoading.allowCrossOriginRefs to follow it`,
        pointer: input.pointer,
        source: options.label,
      });
    }
    const key = keyFor(target, input.pointer);
    const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
    return key === '' ? `#${fragment}` : `#/${bundledKey}/${key}${fragment}`;
  };

  rewrite(root, rootUrl, '', []);
  let files = 0;
  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    const loaded = await Promise.all(batch.map((file) => loadFile(file)));
    for (const [index, file] of batch.entries()) {
      bundle[file.key] = loaded[index];
      files++;
      rewrite(loaded[index], new URL(file.url), `/${bundledKey}/${file.key}`, [bundledKey, file.key]);
    }
  }
  if (files > 0) root[bundledKey] = bundle;
  return { files };

  async function loadFile(file: PendingFile): Promise<unknown> {
    try {
      const url = new URL(file.url);
      const text =
        url.protocol === 'file:'
          ? await readSpecFile({ path: url, maxBytes: options.maxBytes })
          : await fetchSpecText({ url: file.url, fetch: options.fetch, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
      return await parseSpecText({ text, source: file.url });
    } catch (error) {
      throw new SpecError({
        message: `The $ref target ${file.url} could not be loaded: ${(error as Error).message}`,
        pointer: file.pointer,
        source: options.label,
        cause: error,
      });
    }
  }
}

function stripHash(href: string): string {
  const index = href.indexOf('#');
  return index === -1 ? href : href.slice(0, index);
}
