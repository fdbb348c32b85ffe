/** What each provider profile (OpenAI, Anthropic, Gemini; default or strict) accepts in a tool's input schema. */

/** A model provider whose documented tool-schema rules apiwire follows. */
export type SchemaProvider = 'openai' | 'anthropic' | 'google';

/** Which rules a tool schema is rewritten for. */
export interface SchemaProfileOptions {
  /** The provider the tools are sent to; without one, the rules common to all three. */
  provider?: SchemaProvider;
  /** The provider's strict mode (constrained decoding of tool input). Default false. */
  strict?: boolean;
}

/** The rules of one profile, as the rewrite reads them. */
export interface SchemaProfile {
  strict: boolean;
  /** Keywords kept as they are; any other constraint moves into the description (undefined: all kept). */
  keywords?: ReadonlySet<string>;
  /** String formats kept; any other moves into the description (undefined: all kept). */
  formats?: ReadonlySet<string>;
  /** Every object closed (`additionalProperties: false`); maps become `{ key, value }` lists, free-form values JSON text. */
  closeObjects: boolean;
  /** Every property required; optional ones also accept null, which means "left out" (OpenAI strict). */
  requireAll: boolean;
  /** `null` may not sit in an `enum` (Gemini documents strings and numbers only): nullable enums become anyOf. */
  enumWithoutNull: boolean;
  /** A `$ref` may carry no sibling keywords: it is wrapped as `anyOf: [{ $ref }]`. */
  bareRefs: boolean;
  /** Inside `$defs`, a property that is a `$ref` is not required (Gemini refuses recursion made mandatory). */
  optionalRecursion: boolean;
  /** Recursive `$ref`s are expanded this many times, then cut to a JSON text leaf (Anthropic strict). */
  recursionDepth?: number;
  /** Deeper object/array nesting is cut to a JSON text leaf (OpenAI strict: 10 levels). */
  maxNesting?: number;
  /** `minItems` above this moves into the description (and becomes this value). */
  maxMinItems?: number;
  /** Patterns this test refuses move into the description. */
  refusesPattern?: (pattern: string) => boolean;
  /** A schema without `type` (any value) becomes a JSON text leaf. */
  typedOnly: boolean;
  /** Anthropic's per-request caps over strict tools: tools, optional and union-typed parameters. */
  strictCaps?: { tools: number; optional: number; unions: number };
  /** OpenAI's per-schema caps in strict mode: properties, enum values, characters of names and enum values. */
  schemaCaps?: { properties: number; enumValues: number; characters: number };
}

const lookaround = /\(\?<?[=!]/;
const openAIStrictKeywords = [
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', '$ref', '$defs',
  'description', 'title', 'pattern', 'format', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum',
  'exclusiveMinimum', 'minItems', 'maxItems',
];
const anthropicStrictKeywords = [
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'allOf', '$ref', '$defs',
  'description', 'title', 'default', 'format', 'pattern', 'minItems',
];
const geminiKeywords = [
  'type', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'enum', 'anyOf', '$ref', '$defs',
  'description', 'title', 'format', 'minimum', 'maximum', 'minItems', 'maxItems',
];
const openAIFormats = ['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid'];
const anthropicFormats = [...openAIFormats, 'uri'];
const geminiFormats = ['date-time', 'date', 'time'];

const base: SchemaProfile = {
  strict: false,
  closeObjects: false,
  requireAll: false,
  enumWithoutNull: false,
  bareRefs: false,
  optionalRecursion: false,
  typedOnly: false,
};

/** The rules for `provider` (none: common to all three) in default or strict mode. */
export function schemaProfile(options: SchemaProfileOptions = {}): SchemaProfile {
  const strict = options.strict === true;
  const gemini = { enumWithoutNull: true, bareRefs: true, optionalRecursion: true, keywords: new Set(geminiKeywords), formats: new Set(geminiFormats) };
  switch (options.provider) {
    case 'openai':
      return strict
        ? {
            ...base, strict, closeObjects: true, requireAll: true, bareRefs: true, typedOnly: true, maxNesting: 10,
            keywords: new Set(openAIStrictKeywords), formats: new Set(openAIFormats),
            refusesPattern: (pattern) => lookaround.test(pattern),
            schemaCaps: { properties: 5000, enumValues: 1000, characters: 120_000 },
          }
        : { ...base, refusesPattern: (pattern) => lookaround.test(pattern), keywords: allBut(['propertyNames']) };
    case 'anthropic':
      return strict
        ? {
            ...base, strict, closeObjects: true, typedOnly: true, recursionDepth: 2, maxMinItems: 1,
            keywords: new Set(anthropicStrictKeywords), formats: new Set(anthropicFormats),
            refusesPattern: (pattern) => lookaround.test(pattern) || /\\[1-9bB]/.test(pattern),
            strictCaps: { tools: 20, optional: 24, unions: 16 },
          }
        : { ...base };
    case 'google':
      return { ...base, ...gemini, strict };
    default:
      return strict
        ? {
            ...base, ...gemini, strict, closeObjects: true, requireAll: true, typedOnly: true, recursionDepth: 2,
            maxNesting: 10, maxMinItems: 1,
            keywords: new Set(openAIStrictKeywords.filter((keyword) => geminiKeywords.includes(keyword) && anthropicStrictKeywords.includes(keyword))),
            refusesPattern: () => true,
            strictCaps: { tools: 20, optional: 24, unions: 16 },
            schemaCaps: { properties: 5000, enumValues: 1000, characters: 120_000 },
          }
        : { ...base, enumWithoutNull: true, bareRefs: true, optionalRecursion: true };
  }
}

/** Every keyword but these (a set that answers `has` for anything else). */
function allBut(excluded: string[]): ReadonlySet<string> {
  const refused = new Set(excluded);
  return { has: (keyword: string) => !refused.has(keyword) } as ReadonlySet<string>;
}
