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

/** A `$ref` that could not be followed: where its rewritten form points, and the error it stands for. */
export interface UnresolvedRef {
  /** The rewritten internal ref prefix (`#/x-apiwire-bundled/<key>`); refs under it point to nothing. */
  ref: string;
  /** Why it failed, without the location. */
  reason: string;
  /** The same as an error at the (first) `$ref` to it. */
  error: SpecError;
}

interface PendingFile {
  url: string;
  key: string;
  /** Where the first ref to this file sits, for errors. */
  pointer: string;
}

/**
 * Rewrites, in place, every `$ref` to another file into a ref under `#/x-apiwire-bundled/<name>` and stores the
 * parsed file there (each file once, cycles between files included). Refs inside those files are rewritten the
 * same way, relative to their own location. File specs may reach files inside `root` (default: the spec's folder;
 * symbolic links are followed to their real path and checked again) and http(s) URLs, never an absolute `file:`
 * ref; URL specs reach only their own origin (unless `allowCrossOriginRefs`), never `file:`. A ref that is refused or
 * whose file cannot be read does not stop bundling: it is rewritten to a ref that points to nothing and listed in
 * `unresolved` with a SpecError at the pointer of the first `$ref` to it; the caller decides whether it matters.
 */
export async function bundleExternalRefs(options: {
  document: Record<string, unknown>;
  location: string;
  label: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  allowCrossOriginRefs?: boolean;
  /** For file specs: the folder (path or file: URL) file refs may reach; default: the spec's own folder. */
  root?: string | URL;
}): Promise<{ files: number; unresolved: UnresolvedRef[] }> {
  const root = options.document;
  const rootUrl = new URL(options.location);
  const fromUrl = rootUrl.protocol !== 'file:';
  const fileRoot = fromUrl ? undefined : await fileRootOf(options.root, rootUrl);
  const unresolved: UnresolvedRef[] = [];
  const fail = (key: string, failure: { reason: string; pointer: string; cause?: unknown }): string => {
    const ref = `#/${bundledKey}/${key}`;
    const error = new SpecError({ message: failure.reason, pointer: failure.pointer, source: options.label, cause: failure.cause, ref });
    unresolved.push({ ref, reason: failure.reason, error });
    return ref;
  };
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
    const refuse = (reason: string, cause?: unknown): string =>
      fail(claimFreeName('unresolved', usedKeys), { reason, pointer: input.pointer, cause });
    let target: URL;
    try {
      target = new URL(input.ref, input.documentUrl);
    } catch (error) {
      return refuse(`Invalid $ref '${input.ref}'`, error);
    }
    const web = target.protocol === 'http:' || target.protocol === 'https:';
    if (fromUrl && !(web && (target.origin === rootUrl.origin || options.allowCrossOriginRefs === true))) {
      return refuse(`The $ref '${input.ref}' leaves the spec's origin; set specLoading.allowCrossOriginRefs to follow it`);
    }
    if (!fromUrl && !web) {
      if (/^file:/i.test(input.ref.trim())) {
        return refuse(`The absolute file $ref '${input.ref}' is not followed; write it relative to the spec, inside specLoading.root`);
      }
      if (target.protocol !== 'file:' || !isInside(target.pathname, fileRoot!)) {
        return refuse(
          `The $ref '${input.ref}' leaves the spec's folder (${decodeURIComponent(fileRoot!)}); set specLoading.root to a folder that holds it to follow it`,
        );
      }
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
    const loaded = await Promise.all(batch.map((file) => loadFile(file).catch((error: Error) => ({ failed: error }))));
    for (const [index, file] of batch.entries()) {
      const document = loaded[index];
      if (document !== null && typeof document === 'object' && 'failed' in document && document.failed instanceof Error) {
        fail(file.key, { reason: `The $ref target ${file.url} could not be loaded: ${document.failed.message}`, pointer: file.pointer, cause: document.failed });
        continue;
      }
      bundle[file.key] = document;
      files++;
      rewrite(document, new URL(file.url), `/${bundledKey}/${file.key}`, [bundledKey, file.key]);
    }
  }
  if (files > 0) root[bundledKey] = bundle;
  return { files, unresolved };

  async function loadFile(file: PendingFile): Promise<unknown> {
    const url = new URL(file.url);
    if (url.protocol === 'file:') await checkRealPath(url, fileRoot!);
    const text =
      url.protocol === 'file:'
        ? await readSpecFile({ path: url, maxBytes: options.maxBytes })
        : await fetchSpecText({ url: file.url, fetch: options.fetch, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
    return await parseSpecText({ text, source: file.url });
  }
}

function stripHash(href: string): string {
  const index = href.indexOf('#');
  return index === -1 ? href : href.slice(0, index);
}

/** The root folder's real path as a URL pathname ending in `/`. */
async function fileRootOf(root: string | URL | undefined, specUrl: URL): Promise<string> {
  const [{ realpath }, { resolve }, { fileURLToPath, pathToFileURL }] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('node:url'),
  ]);
  const folder = root === undefined ? fileURLToPath(new URL('.', specUrl)) : root instanceof URL ? fileURLToPath(root) : resolve(root);
  const real = await realpath(folder).catch(() => folder);
  const pathname = pathToFileURL(real).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Refuses a file whose real path (symbolic links followed) lies outside the root. */
async function checkRealPath(url: URL, rootPathname: string): Promise<void> {
  const [{ realpath }, { pathToFileURL }] = await Promise.all([import('node:fs/promises'), import('node:url')]);
  const real = await realpath(url).catch(() => undefined);
  if (real !== undefined && !isInside(pathToFileURL(real).pathname, rootPathname)) {
    throw new Error(`it is a link to a file outside the spec's folder (${decodeURIComponent(rootPathname)}); set specLoading.root to follow it`);
  }
}

function isInside(pathname: string, rootPathname: string): boolean {
  return pathname.startsWith(rootPathname);
}
