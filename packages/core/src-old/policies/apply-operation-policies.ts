/** Applies include/exclude, requireApproval and defer to a server's descriptors. */
import type { ServerWarning } from '../api-server';
import type { OperationsOptions, Selector, Selectors } from '../load-api-server-options';
import type { HttpMethod, ToolDescriptor } from '../tool-descriptor';
import { compileSelector } from './compile-selector';
import { SelectorError } from './selector-error';

const mutatingMethods: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const consequentialHint = 'x-openai-isConsequential';

/**
 * Filters descriptors and sets their `requiresApproval` and `deferred` flags (mutating them).
 * `include` keeps what matches (all when absent), then `exclude` drops what matches. A selector of `include`,
 * `exclude` or `defer` that matches no operation at all becomes a warning (likely a typo); one of
 * `requireApproval` throws `SelectorError`, since a safety control that does nothing must not load silently.
 * `{ selector, allowUnmatched: true }` opts a selector out of both. `requireApproval` takes
 * selectors, `'mutating'` (POST, PUT, PATCH, DELETE; also inside an array) or `true`; with
 * `useConsequentialHint`, `x-openai-isConsequential: true` requires approval and `false` lifts the
 * `'mutating'` rule for that operation (explicit selectors still apply). `defer` takes selectors or `true`.
 */
export function applyOperationPolicies(options: {
  tools: ToolDescriptor[];
  operations: OperationsOptions | undefined;
}): { tools: ToolDescriptor[]; warnings: ServerWarning[] } {
  const operations = options.operations ?? {};
  const warnings: ServerWarning[] = [];
  let tools = options.tools;

  if (operations.include !== undefined) {
    const include = compileAll({ selectors: operations.include, option: 'include' });
    warnUnmatched({ compiled: include, tools, option: 'include', warnings });
    tools = tools.filter((tool) => include.some((entry) => entry.test(tool)));
  }
  if (operations.exclude !== undefined) {
    const exclude = compileAll({ selectors: operations.exclude, option: 'exclude' });
    warnUnmatched({ compiled: exclude, tools: options.tools, option: 'exclude', warnings });
    tools = tools.filter((tool) => !exclude.some((entry) => entry.test(tool)));
  }

  const approval = readApproval(operations.requireApproval);
  const unmatchedApproval = approval.selectors.find((entry) => !entry.allowUnmatched && !options.tools.some(entry.test));
  if (unmatchedApproval) {
    throw new SelectorError({
      message:
        'matches no operation, so nothing it names would wait for approval; fix it, or write it as ' +
        '{ selector, allowUnmatched: true } if that is expected',
      option: 'requireApproval',
      selector: unmatchedApproval.selector,
    });
  }
  const defer = operations.defer;
  const deferred =
    defer === undefined || defer === true ? undefined : compileAll({ selectors: defer, option: 'defer' });
  if (deferred) warnUnmatched({ compiled: deferred, tools: options.tools, option: 'defer', warnings });

  for (const tool of tools) {
    const hint = operations.useConsequentialHint ? readHint(tool) : undefined;
    const byMethod = approval.mutating && mutatingMethods.has(tool.operation.method) && hint !== false;
    tool.requiresApproval =
      approval.all || byMethod || hint === true || approval.selectors.some((entry) => entry.test(tool));
    tool.deferred = defer === true || (deferred?.some((entry) => entry.test(tool)) ?? false);
  }
  return { tools, warnings };
}

interface CompiledSelector {
  selector: string | ((descriptor: ToolDescriptor) => boolean);
  test: (descriptor: ToolDescriptor) => boolean;
  allowUnmatched: boolean;
}

function compileAll(options: { selectors: Selectors; option: string }): CompiledSelector[] {
  const list = Array.isArray(options.selectors) ? options.selectors : [options.selectors];
  return list.map((entry) => {
    if (entry === null || typeof entry !== 'object') {
      return { selector: entry, test: compileSelector({ selector: entry, option: options.option }), allowUnmatched: false };
    }
    if (entry.allowUnmatched !== true) {
      throw new SelectorError({ message: 'an object selector is { selector, allowUnmatched: true }', option: options.option, selector: entry });
    }
    return { selector: entry.selector, test: compileSelector({ selector: entry.selector, option: options.option }), allowUnmatched: true };
  });
}

function readApproval(requireApproval: OperationsOptions['requireApproval']): {
  all: boolean;
  mutating: boolean;
  selectors: CompiledSelector[];
} {
  if (requireApproval === undefined) return { all: false, mutating: false, selectors: [] };
  if (requireApproval === true) return { all: true, mutating: false, selectors: [] };
  const list: Selector[] = Array.isArray(requireApproval) ? requireApproval : [requireApproval];
  const mutating = list.includes('mutating');
  const rest = list.filter((selector) => selector !== 'mutating');
  return { all: false, mutating, selectors: compileAll({ selectors: rest, option: 'requireApproval' }) };
}

function readHint(tool: ToolDescriptor): boolean | undefined {
  const value = tool.operation.extensions?.[consequentialHint];
  return typeof value === 'boolean' ? value : undefined;
}

function warnUnmatched(options: {
  compiled: CompiledSelector[];
  tools: ToolDescriptor[];
  option: string;
  warnings: ServerWarning[];
}): void {
  options.compiled.forEach((entry, index) => {
    if (entry.allowUnmatched || options.tools.some((tool) => entry.test(tool))) return;
    const shown =
      typeof entry.selector === 'function' ? `predicate #${index + 1}` : `selector "${entry.selector}"`;
    options.warnings.push({
      pointer: '',
      message: `operations.${options.option}: ${shown} matches no operation (a typo?)`,
    });
  });
}
