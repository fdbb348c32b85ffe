/** The input schema each tool is offered with under a provider profile, which tools go strict, and the way back. */
import type { JsonSchema } from '../../json-schema';
import { visitJsonSchema } from '../visit-json-schema';
import { countStrictParameters } from './count-strict-parameters';
import { restoreProfiledInput } from './restore-profiled-input';
import type { ProfiledSchema } from './profiled-schema';
import { rewriteForProfile } from './rewrite-for-profile';
import { schemaProfile, type SchemaProfile, type SchemaProfileOptions } from './schema-profile';

/** One tool as offered under a profile. */
export interface ProfiledToolSchema {
  /** The JSON Schema the model sees. */
  inputSchema: JsonSchema;
  /** Send the tool with the provider's strict flag. */
  strict: boolean;
  /** The model's input in the shape of the tool's own `inputSchema` (before its zod validation). */
  restoreInput(input: unknown): unknown;
}

/** Rewrites made so far, per original schema and profile (descriptors keep their schema object for life). */
const cache = new WeakMap<JsonSchema, Map<string, ProfiledSchema>>();

function rewriteCached(schema: JsonSchema, key: string, profile: SchemaProfile): ProfiledSchema {
  let byProfile = cache.get(schema);
  if (byProfile === undefined) cache.set(schema, (byProfile = new Map()));
  let profiled = byProfile.get(key);
  if (profiled === undefined) byProfile.set(key, (profiled = rewriteForProfile({ root: schema, profile })));
  return profiled;
}

/**
 * The profiled schema of every tool, by name. With `strict`, a tool goes strict when its rewrite fits the
 * provider's limits: OpenAI's per-schema caps, and Anthropic's per-request caps (20 strict tools, 24 optional and
 * 16 union-typed parameters across them), filled in the order given (pass the visible tools first, then the
 * deferred ones, so any set offered together fits). A tool that does not fit goes without strict, with the
 * provider's default-mode schema, rather than failing the request.
 *
 * @example
 * ```ts
 * const schemas = profileToolSchemas({ tools: server.tools, provider: 'anthropic', strict: true });
 * const { inputSchema, strict, restoreInput } = schemas.get('billing_create_invoice')!;
 * ```
 */
export function profileToolSchemas(
  options: SchemaProfileOptions & { tools: ReadonlyArray<{ name: string; inputSchema: JsonSchema }> },
): Map<string, ProfiledToolSchema> {
  const provider = options.provider ?? 'common';
  const loose = schemaProfile({ provider: options.provider, strict: false });
  const strict = options.strict === true ? schemaProfile({ provider: options.provider, strict: true }) : undefined;
  const budget = strict?.strictCaps ? { ...strict.strictCaps } : undefined;
  const out = new Map<string, ProfiledToolSchema>();
  for (const tool of options.tools) {
    let profiled: ProfiledSchema | undefined;
    if (strict !== undefined) {
      const candidate = rewriteCached(tool.inputSchema, `${provider}:strict`, strict);
      if (withinSchemaCaps(candidate.schema, strict) && takeFromBudget(candidate.schema, budget)) profiled = candidate;
    }
    const chosen = profiled ?? rewriteCached(tool.inputSchema, `${provider}:default`, loose);
    out.set(tool.name, {
      inputSchema: chosen.schema,
      strict: profiled !== undefined,
      restoreInput: (input) => restoreProfiledInput({ value: input, profiled: chosen }),
    });
  }
  return out;
}

/** Takes the tool's share of the per-request budget when it fits (always true without a budget). */
function takeFromBudget(schema: JsonSchema, budget: { tools: number; optional: number; unions: number } | undefined): boolean {
  if (budget === undefined) return true;
  const counts = countStrictParameters(schema);
  if (budget.tools < 1 || counts.optional > budget.optional || counts.unions > budget.unions) return false;
  budget.tools -= 1;
  budget.optional -= counts.optional;
  budget.unions -= counts.unions;
  return true;
}

/** OpenAI strict's per-schema caps: properties, enum values, characters of property names, def names and enum values. */
function withinSchemaCaps(schema: JsonSchema, profile: SchemaProfile): boolean {
  const caps = profile.schemaCaps;
  if (caps === undefined) return true;
  let properties = 0;
  let enumValues = 0;
  let characters = Object.keys(schema.$defs ?? {}).join('').length;
  visitJsonSchema(schema, (node) => {
    if (node.properties && typeof node.properties === 'object') {
      properties += Object.keys(node.properties).length;
      characters += Object.keys(node.properties).join('').length;
    }
    if (Array.isArray(node.enum)) {
      enumValues += node.enum.length;
      characters += node.enum.filter((value) => typeof value === 'string').join('').length;
    }
  });
  return properties <= caps.properties && enumValues <= caps.enumValues && characters <= caps.characters;
}
