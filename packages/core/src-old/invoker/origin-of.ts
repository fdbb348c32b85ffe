/** The origin of a URL, for the invoker's origin checks. */

/** `https://api.example:8443` for any URL there; undefined when it does not parse, has an opaque origin, or carries user info (`https://api@evil/`). */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.username || parsed.password || parsed.origin === 'null' ? undefined : parsed.origin;
  } catch {
    return undefined;
  }
}
