/** Reads the `spec` option, whatever it is (path, file: or http(s) URL, YAML/JSON text, object), into a document. */
import type { LoadApiServerOptions } from '../load-api-server-options';
import { SpecError } from '../spec-error';
import { fetchSpecText } from './fetch-spec-text';
import { firstNonSpace, parseSpecText } from './parse-spec-text';
import { readSpecFile } from './read-spec-file';

/** A parsed spec and where it came from. */
export interface SpecSource {
  document: unknown;
  /** For messages: the path, the URL, 'text' or 'object'. */
  label: string;
  kind: 'file' | 'url' | 'text' | 'object';
  /** Absolute URL of the document (file: or http(s):), the base for relative `$ref`s and servers. */
  location?: string;
  /** True when the document may hold `$ref`s to other files (a cheap scan of the text). */
  mayHaveExternalRefs: boolean;
}

const externalRefPattern = /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"'#]/;

/** Reads and parses the spec; throws SpecError when it cannot be read or parsed. */
export async function readSpecSource(options: {
  spec: LoadApiServerOptions['spec'];
  fetch?: typeof fetch;
  specLoading?: LoadApiServerOptions['specLoading'];
}): Promise<SpecSource> {
  const { spec } = options;
  if (spec instanceof URL || (typeof spec === 'string' && /^(https?|file):\/\//i.test(spec.trim()))) {
    const url = new URL(String(spec).trim());
    if (url.protocol === 'file:') return readFileSource({ path: url, maxBytes: options.specLoading?.maxBytes });
    const text = await fetchSpecText({
      url: url.href,
      fetch: options.fetch,
      timeoutMs: options.specLoading?.timeoutMs,
      maxBytes: options.specLoading?.maxBytes,
    });
    return {
      document: await parseSpecText({ text, source: url.href }),
      label: url.href,
      kind: 'url',
      location: url.href,
      mayHaveExternalRefs: externalRefPattern.test(text),
    };
  }
  if (typeof spec === 'string') {
    if (looksLikeSpecText(spec)) {
      return { document: await parseSpecText({ text: spec, source: 'text' }), label: 'text', kind: 'text', mayHaveExternalRefs: false };
    }
    return readFileSource({ path: spec, maxBytes: options.specLoading?.maxBytes });
  }
  if (spec !== null && typeof spec === 'object') {
    return { document: spec, label: 'object', kind: 'object', mayHaveExternalRefs: false };
  }
  throw new SpecError({ message: 'The spec option must be a path, a URL, YAML or JSON text, or an object', pointer: '' });
}

function looksLikeSpecText(text: string): boolean {
  const start = firstNonSpace(text);
  return text[start] === '{' || text.includes('\n', start) || /^(openapi|swagger)\s*:/.test(text.slice(start, start + 16));
}

async function readFileSource(options: { path: string | URL; maxBytes?: number }): Promise<SpecSource> {
  const [{ resolve }, { pathToFileURL, fileURLToPath }] = await Promise.all([import('node:path'), import('node:url')]);
  const absolute = typeof options.path === 'string' ? resolve(options.path) : fileURLToPath(options.path);
  const text = await readSpecFile({ path: absolute, maxBytes: options.maxBytes });
  const label = typeof options.path === 'string' ? options.path : absolute;
  return {
    document: await parseSpecText({ text, source: label }),
    label,
    kind: 'file',
    location: pathToFileURL(absolute).href,
    mayHaveExternalRefs: externalRefPattern.test(text),
  };
}
