/** Compiles the selectors of a `results` option (`select`, `overrides[].match`) into one test per selector. */
import type { Selectors } from '../selector';
import { compileSelector } from '../policies/compile-selector';
import type { ToolDescriptor } from '../tool-descriptor';

/**
 * One test per selector (as in `operations`; `{ selector, allowUnmatched }` is read as its selector, since a
 * results selector that matches nothing is not reported); `true` and `false` match every tool or none.
 * Throws SelectorError for a malformed one, naming `option`.
 */
export function compileResultSelectors(options: {
  selectors: Selectors | boolean;
  option: string;
}): Array<(descriptor: ToolDescriptor) => boolean> {
  const list = Array.isArray(options.selectors) ? options.selectors : [options.selectors];
  return list.map((entry) => {
    if (typeof entry === 'boolean') return () => entry;
    const selector = typeof entry === 'object' && entry !== null ? entry.selector : entry;
    return compileSelector({ selector, option: options.option });
  });
}
