/** Applies `operations.bind` (values the application fixes) and `operations.overrides` (names, descriptions). */
import type { ServerWarning } from '../api-server';
import type { JsonSchema } from '../json-schema';
import type { OperationsOptions } from '../load-api-server-options';
import type { OperationPlan } from '../operation-plan';
import type { ToolDescriptor } from '../tool-descriptor';
import { compileSelector } from './compile-selector';
import { SelectorError } from './selector-error';

const toolNamePattern = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * Mutates the kept descriptors and their plans. `bind`: each bound property leaves the descriptor's input schema
 * (and `required`) and is recorded in `plan.bound` for the invoker, which refuses input that sets it and sends
 * the bound value. `overrides`: a new description and a new local name (`<server>_<name>`, id `<server>.<name>`).
 * Every selector is matched against the original names before any rename. A selector that matches no tool, or a
 * bound property a matched tool does not have, is a warning; a name that is malformed or taken throws
 * `SelectorError`.
 */
export function applyOperationOverrides(options: {
  tools: ToolDescriptor[];
  planOf: (tool: ToolDescriptor) => OperationPlan;
  operations: OperationsOptions | undefined;
}): { warnings: ServerWarning[] } {
  const warnings: ServerWarning[] = [];
  const { bind, overrides } = options.operations ?? {};
  const matches = (option: string, selector: string): ToolDescriptor[] => {
    const test = compileSelector({ selector, option });
    const matched = options.tools.filter(test);
    if (matched.length === 0) {
      warnings.push({ pointer: '', message: `operations.${option}: selector "${selector}" matches no operation (a typo?)` });
    }
    return matched;
  };
  const bound = new Map<ToolDescriptor, Record<string, unknown>>();
  for (const [selector, values] of Object.entries(bind ?? {})) {
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw new SelectorError({ message: 'each entry is an object of property values', option: 'bind', selector });
    }
    for (const tool of matches('bind', selector)) bound.set(tool, { ...bound.get(tool), ...values });
  }
  for (const [tool, values] of bound) {
    const properties = tool.inputSchema.properties ?? {};
    const kept = Object.fromEntries(Object.entries(values).filter(([key]) => Object.hasOwn(properties, key)));
    for (const key of Object.keys(values)) {
      if (!Object.hasOwn(kept, key)) {
        warnings.push({ pointer: '', operation: `${tool.operation.method} ${tool.operation.path}`, message: `operations.bind: ${tool.name} has no input property '${key}'; its bound value is not sent` });
      }
    }
    if (Object.keys(kept).length === 0) continue;
    tool.inputSchema = withoutProperties(tool.inputSchema, Object.keys(kept));
    options.planOf(tool).bound = kept;
  }
  const renames = new Map<ToolDescriptor, string>();
  for (const [selector, override] of Object.entries(overrides ?? {})) {
    for (const tool of matches('overrides', selector)) {
      if (typeof override.description === 'string') tool.description = override.description;
      if (override.name !== undefined) renames.set(tool, override.name);
    }
  }
  rename({ tools: options.tools, renames });
  return { warnings };
}

function withoutProperties(schema: JsonSchema, keys: string[]): JsonSchema {
  const properties = { ...schema.properties };
  for (const key of keys) delete properties[key];
  const required = schema.required?.filter((name) => !keys.includes(name));
  const { required: _dropped, ...rest } = schema;
  return { ...rest, properties, ...(required && required.length > 0 ? { required } : {}) };
}

function rename(options: { tools: ToolDescriptor[]; renames: Map<ToolDescriptor, string> }): void {
  const taken = new Map<string, ToolDescriptor>();
  for (const tool of options.tools) if (!options.renames.has(tool)) taken.set(tool.name, tool);
  for (const [tool, local] of options.renames) {
    const prefix = tool.id.slice(0, tool.id.indexOf('.'));
    const name = `${prefix}_${local}`;
    if (typeof local !== 'string' || !toolNamePattern.test(name)) {
      throw new SelectorError({ message: `the name '${name}' does not fit ${toolNamePattern.source}`, option: 'overrides', selector: tool.id });
    }
    const holder = taken.get(name);
    if (holder !== undefined && holder !== tool) {
      throw new SelectorError({ message: `the name '${name}' is already ${holder.id}'s`, option: 'overrides', selector: tool.id });
    }
    taken.set(name, tool);
    tool.name = name;
    tool.id = `${prefix}.${local}`;
  }
}
