/** The folder file `$ref`s of a file spec may reach, as the real path's URL pathname ending in `/`. */
export async function fileRootOf(options: { root: string | URL | undefined; specUrl: URL }): Promise<string> {
  const [{ realpath }, { resolve }, { fileURLToPath, pathToFileURL }] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('node:url'),
  ]);
  const { root, specUrl } = options;
  const folder = root === undefined ? fileURLToPath(new URL('.', specUrl)) : root instanceof URL ? fileURLToPath(root) : resolve(root);
  const real = await realpath(folder).catch(() => folder);
  const pathname = pathToFileURL(real).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
