/** Applies a budget and compaction setting over a tool's result settings, checking the values. */
import type { CompactionKinds } from './compact-value';
import type { CompactOptions, ResultLimits } from './results-options';
import { ResultsOptionError } from './results-option-error';
import type { ToolResultSettings } from './tool-result-settings';

/** `settings` with the budget and compaction that `limits` sets. */
export function applyResultLimits(options: { settings: ToolResultSettings; limits: ResultLimits; option: string }): ToolResultSettings {
  const { settings, limits, option } = options;
  const { maxTokens, compact, tables } = limits;
  if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || maxTokens < 1)) {
    throw new ResultsOptionError({ message: `${option}.maxTokens must be a positive integer (got ${String(maxTokens)})`, option: `${option}.maxTokens` });
  }
  return {
    ...settings,
    ...(maxTokens === undefined ? {} : { maxTokens }),
    ...(compact === undefined ? {} : { compact: compactionKinds({ compact, current: settings.compact }) }),
    ...(tables === undefined ? {} : { tables }),
  };
}

/** Every kind on or off for a boolean; for an object, the kinds it names over the current ones. */
function compactionKinds(options: { compact: boolean | CompactOptions; current: CompactionKinds }): CompactionKinds {
  const { compact, current } = options;
  if (typeof compact === 'boolean') return { nulls: compact, links: compact, empty: compact, media: compact };
  return {
    nulls: compact.nulls ?? current.nulls,
    links: compact.links ?? current.links,
    empty: compact.empty ?? current.empty,
    media: compact.media ?? current.media,
  };
}
