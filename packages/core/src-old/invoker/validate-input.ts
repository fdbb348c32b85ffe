/** Checks the model's input against the tool's schema before anything is sent; names each bad field. */
import { inputIssuesFromZod, type ZodIssueLike } from '../input/input-issues-from-zod';
import type { OperationPlan } from '../operation-plan';
import type { ToolDescriptor } from '../tool-descriptor';
import type { ToolInputIssue } from '../tool-result';

/** The validated input, or the issues to hand back to the model. */
export type ValidatedInput = { ok: true; value: Record<string, unknown> } | { ok: false; issues: ToolInputIssue[] };

/**
 * Validates `input`: an object, no keys the application bound (`plan.bound`, added to the value afterwards), no keys
 * the tool does not have (unless the schema allows extra), then the zod schema.
 */
export function validateInput(options: { descriptor: ToolDescriptor; plan: OperationPlan; input: unknown }): ValidatedInput {
  const { descriptor, plan } = options;
  const input = options.input ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'expected an object with the tool\'s parameters' }] };
  }
  const record = input as Record<string, unknown>;
  const bound = plan.bound ? Object.keys(plan.bound).filter((key) => Object.hasOwn(record, key)) : [];
  if (bound.length > 0) {
    return { ok: false, issues: bound.map((key) => ({ path: key, message: 'fixed by the application: leave this field out' })) };
  }
  const { known, allowsExtra } = inputKeys(descriptor, plan);
  const extra = Object.keys(record).filter((key) => !known.has(key));
  if (extra.length > 0 && !allowsExtra) {
    return {
      ok: false,
      issues: extra.map((key) => ({ path: key, message: 'unknown field: this tool has no such parameter' })),
    };
  }
  const parsed = descriptor.zodSchema.safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      issues: inputIssuesFromZod({ issues: parsed.error.issues as readonly ZodIssueLike[], input: record }),
    };
  }
  const value =
    parsed.data !== null && typeof parsed.data === 'object' && !Array.isArray(parsed.data)
      ? { ...(parsed.data as Record<string, unknown>) }
      : { ...record };
  // zod may strip keys the schema allows but does not list (additionalProperties): keep the model's values.
  for (const key of extra) if (!(key in value)) value[key] = record[key];
  if (plan.bound) Object.assign(value, plan.bound);
  return { ok: true, value };
}

const keysCache = new WeakMap<OperationPlan, { known: Set<string>; allowsExtra: boolean }>();

/** The input keys a tool has (computed once per plan), and whether extra keys may go into the body. */
function inputKeys(descriptor: ToolDescriptor, plan: OperationPlan): { known: Set<string>; allowsExtra: boolean } {
  let keys = keysCache.get(plan);
  if (!keys) {
    const known = new Set<string>(Object.keys(descriptor.inputSchema.properties ?? {}));
    for (const binding of plan.parameters) known.add(binding.property);
    for (const field of plan.body?.fields ?? []) known.add(field.property);
    if (plan.body?.property) known.add(plan.body.property);
    const additional = descriptor.inputSchema.additionalProperties;
    keys = { known, allowsExtra: plan.body?.mode === 'spread' && additional !== undefined && additional !== false };
    keysCache.set(plan, keys);
  }
  return keys;
}
