/** Reads a spec file from disk; node:fs is imported only when a file is read, so edge runtimes never load it. */
import { SpecError } from '../spec-error';

/** The text of the file at `path` (a path or a file: URL); a missing or unreadable file throws SpecError. */
export async function readSpecFile(options: { path: string | URL; maxBytes?: number }): Promise<string> {
  const { readFile, stat } = await import('node:fs/promises');
  const label = typeof options.path === 'string' ? options.path : decodeURIComponent(options.path.pathname);
  try {
    if (options.maxBytes !== undefined) {
      const info = await stat(options.path);
      if (info.size > options.maxBytes) {
        throw new SpecError({
          message: `The spec file is ${info.size} bytes, over the ${options.maxBytes}-byte limit (specLoading.maxBytes)`,
          pointer: '',
          source: label,
        });
      }
    }
    return await readFile(options.path, 'utf8');
  } catch (error) {
    if (SpecError.isInstance(error)) throw error;
    const code = (error as { code?: string }).code;
    throw new SpecError({
      message:
        code === 'ENOENT'
          ? 'The spec file does not exist'
          : `The spec file could not be read: ${(error as Error).message}`,
      pointer: '',
      source: label,
      cause: error,
    });
  }
}
