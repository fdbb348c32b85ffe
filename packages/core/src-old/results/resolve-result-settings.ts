/** The settings in force for one tool's results: the tool's own (from `loadApiServer`) under an adapter's options. */
import type { ToolDescriptor } from '../tool-descriptor';
import { compileResultSelectors } from './compile-result-selectors';
import { applyResultLimits } from './apply-result-limits';
import { defaultCompaction, defaultMaxResultTokens, type ResultViewOptions } from './results-options';
import type { ToolResultSettings } from './tool-result-settings';

/**
 * `tool.results` (defaults when the tool has none) with `options` over it: its `maxTokens` and `compact`, then
 * each matching entry of its `overrides`, later ones winning. Throws ResultsOptionError on a budget that is not
 * a positive integer.
 */
export function resolveResultSettings(options: {
  tool: ToolDescriptor | undefined;
  results: ResultViewOptions | undefined;
  option?: string;
}): ToolResultSettings {
  const { tool, results } = options;
  const option = options.option ?? 'results';
  let settings: ToolResultSettings = tool?.results ?? {
    maxTokens: defaultMaxResultTokens,
    compact: { ...defaultCompaction },
    tables: false,
    paging: { query: {}, numeric: [] },
    apiOrigins: [],
  };
  if (!results) return settings;
  settings = applyResultLimits({ settings, limits: results, option });
  for (const [index, override] of (results.overrides ?? []).entries()) {
    const at = `${option}.overrides[${index}]`;
    const tests = compileResultSelectors({ selectors: override.match, option: `${at}.match` });
    if (tool && tests.some((test) => test(tool))) settings = applyResultLimits({ settings, limits: override, option: at });
  }
  return settings;
}
