/** Resolves an external `$ref` against its document and decides whether bundling may follow it. */
import { isInside } from './is-inside';

/** The URL an external `$ref` points to, or why it is not followed. */
export function externalRefTarget(options: {
  ref: string;
  documentUrl: URL;
  /** The spec's own location. */
  rootUrl: URL;
  /** For file specs: the real URL pathname of the folder file refs may reach. */
  fileRoot: string | undefined;
  allowCrossOriginRefs?: boolean;
}): { target: URL } | { refused: string; cause?: unknown } {
  const { ref } = options;
  const fromUrl = options.rootUrl.protocol !== 'file:';
  let target: URL;
  try {
    target = new URL(ref, options.documentUrl);
  } catch (error) {
    return { refused: `Invalid $ref '${ref}'`, cause: error };
  }
  const web = target.protocol === 'http:' || target.protocol === 'https:';
  if (fromUrl && !(web && (target.origin === options.rootUrl.origin || options.allowCrossOriginRefs === true))) {
    return { refused: `The $ref '${ref}' leaves the spec's origin; set specLoading.allowCrossOriginRefs to follow it` };
  }
  if (!fromUrl && !web) {
    if (/^file:/i.test(ref.trim())) {
      return { refused: `The absolute file $ref '${ref}' is not followed; write it relative to the spec, inside specLoading.root` };
    }
    if (target.protocol !== 'file:' || !isInside({ pathname: target.pathname, rootPathname: options.fileRoot! })) {
      return {
        refused: `The $ref '${ref}' leaves the spec's folder (${decodeURIComponent(options.fileRoot!)}); set specLoading.root to a folder that holds it to follow it`,
      };
    }
  }
  return { target };
}
