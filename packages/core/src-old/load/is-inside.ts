/** Whether a URL pathname lies inside a root folder's pathname (which ends in `/`). */
export function isInside(options: { pathname: string; rootPathname: string }): boolean {
  return options.pathname.startsWith(options.rootPathname);
}
