/** Applies a budget and compaction setting over a tool's result settings, checking the values. */
import type { ResultLimits } from './results-options';
import { ResultsOptionError } from './results-option-error';
import type { ToolResultSettings } from './tool-result-settings';

/** `settings` with the budget and compaction that `limits` sets. */
export function applyResultLimits(options: { settings: ToolResultSettings; limits: ResultLimits; option: string }): ToolResultSettings {
  const { settings, limits, option } = options;
  const { maxTokens, compact } = limits;
  if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens < 1)) {
    throw new ResultsOptionError({ message: `${option}.maxTokens must be a positive integer (got ${String(maxTokens)})`, option: `${option}.maxTokens` });
  }
  return {
    ...settings,
    ...(maxTokens === undefined ? {} : { maxTokens }),
    ...(compact === undefined
      ? {}
      : {
          compact:
            typeof compact === 'boolean'
              ? { nulls: compact, links: compact }
              : { nulls: compact.nulls ?? settings.compact.nulls, links: compact.links ?? settings.compact.links },
        }),
  };
}
