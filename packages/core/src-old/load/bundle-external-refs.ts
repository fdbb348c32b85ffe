/** Pulls every file a spec's relative `$ref`s reach into the document itself, so all refs become internal. */
import { SpecError } from '../spec-error';
import { externalRefTarget } from './external-ref-target';
import { fileRootOf } from './file-root-of';
import { loadRefFile } from './load-ref-file';
import { rewriteRefs } from './rewrite-refs';
import { claimFreeName } from '../naming/claim-free-name';

/** The document key under which referenced files are stored: `#/x-apiwire-bundled/<file>/<pointer>`. */
export const bundledKey = 'x-apiwire-bundled';

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
  const fileRoot = rootUrl.protocol !== 'file:' ? undefined : await fileRootOf({ root: options.root, specUrl: rootUrl });
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
    const key = claimFreeName(bundledFileName(target), usedKeys);
    keys.set(url, key);
    queue.push({ url, key, pointer });
    return key;
  };

  const rewrite = (document: unknown, documentUrl: URL, prefix: string, path: string[]): void =>
    rewriteRefs({
      document,
      path,
      rewrite: ({ ref, pointer }) => {
        if (ref.startsWith('#')) return prefix === '' ? ref : `#${prefix}${ref.slice(1)}`;
        const checked = externalRefTarget({ ref, documentUrl, rootUrl, fileRoot, allowCrossOriginRefs: options.allowCrossOriginRefs });
        if ('refused' in checked) return fail(claimFreeName('unresolved', usedKeys), { reason: checked.refused, pointer, cause: checked.cause });
        const key = keyFor(checked.target, pointer);
        const fragment = checked.target.hash ? decodeURIComponent(checked.target.hash.slice(1)) : '';
        return key === '' ? `#${fragment}` : `#/${bundledKey}/${key}${fragment}`;
      },
    });

  rewrite(root, rootUrl, '', []);
  let files = 0;
  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    const loaded = await Promise.all(
      batch.map((file) =>
        loadRefFile({ url: file.url, fileRoot, fetch: options.fetch, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes }).catch(
          (error: Error) => ({ failed: error }),
        ),
      ),
    );
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
}

function stripHash(href: string): string {
  const index = href.indexOf('#');
  return index === -1 ? href : href.slice(0, index);
}

/** The name a referenced file is stored under before it is made unique: its file name, without extension. */
function bundledFileName(target: URL): string {
  const base = (target.pathname.split('/').pop() ?? 'file').replace(/\.(ya?ml|json)$/i, '');
  return base.replace(/[^a-zA-Z0-9_.-]+/g, '_') || 'file';
}
