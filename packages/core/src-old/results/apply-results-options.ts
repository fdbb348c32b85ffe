/** Applies `loadApiServer({ results })` to a server's descriptors: budget, compaction, paging inputs, field selection. */
import type { JsonSchema } from '../json-schema';
import type { OperationPlan } from '../operation-plan';
import { claimFreeName } from '../naming/claim-free-name';
import type { ToolDescriptor } from '../tool-descriptor';
import { applyResultLimits } from './apply-result-limits';
import { compileResultSelectors } from './compile-result-selectors';
import { fieldSelectionName, fieldSelectionSchema } from './field-selection-schema';
import { readPagingInputs } from './read-paging-inputs';
import { defaultCompaction, defaultMaxResultTokens, type ResultsOptions } from './results-options';
import type { ToolResultSettings } from './tool-result-settings';

const readMethods = new Set(['GET', 'HEAD']);

/**
 * Sets `results` on every descriptor (mutating it): the defaults, `maxTokens` and `compact`, then each matching
 * `overrides` entry. With `select` (`true` or selectors), read operations (GET, HEAD) get an optional
 * field-selection input (`_select`, renamed when the spec has one) that `invoke` takes off before sending.
 * Throws ResultsOptionError or SelectorError on malformed options.
 */
export function applyResultsOptions(options: {
  tools: ToolDescriptor[];
  plans: ReadonlyMap<ToolDescriptor, OperationPlan>;
  results: ResultsOptions | undefined;
  apiOrigins: string[];
}): void {
  const results = options.results ?? {};
  const select = results.select === undefined ? [] : compileResultSelectors({ selectors: results.select, option: 'results.select' });
  const overrides = (results.overrides ?? []).map((override, index) => ({
    override,
    option: `results.overrides[${index}]`,
    tests: compileResultSelectors({ selectors: override.match, option: `results.overrides[${index}].match` }),
  }));
  for (const tool of options.tools) {
    const plan = options.plans.get(tool);
    let settings: ToolResultSettings = applyResultLimits({
      settings: {
        maxTokens: defaultMaxResultTokens,
        compact: { ...defaultCompaction },
        tables: false,
        paging: readPagingInputs(plan?.parameters ?? []),
        apiOrigins: options.apiOrigins,
      },
      limits: results,
      option: 'results',
    });
    for (const { override, option, tests } of overrides) {
      if (tests.some((test) => test(tool))) settings = applyResultLimits({ settings, limits: override, option });
    }
    if (readMethods.has(tool.operation.method) && select.some((test) => test(tool))) {
      settings.selectInput = addSelectionInput(tool);
    }
    tool.results = settings;
  }
}

/** Adds the optional field-selection property to the tool's input schema and strips it from what `invoke` sends. */
function addSelectionInput(tool: ToolDescriptor): string {
  const properties = (tool.inputSchema.properties ?? {}) as Record<string, JsonSchema>;
  const name = claimFreeName(fieldSelectionName, new Set(Object.keys(properties)));
  tool.inputSchema = { ...tool.inputSchema, properties: { ...properties, [name]: fieldSelectionSchema() } };
  const invoke = tool.invoke;
  tool.invoke = (input, invokeOptions) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input) || !(name in input)) return invoke(input, invokeOptions);
    const { [name]: _selection, ...rest } = input as Record<string, unknown>;
    return invoke(rest, invokeOptions);
  };
  return name;
}
