/** What the conversions of one document share: the document, the caches, the refs found recursive, `$defs` names. */
import type { JsonSchema } from '../json-schema';
import { claimFreeName } from '../naming/claim-free-name';
import { cleanDescription } from './clean-description';
import { defName } from './def-name';
import type { SchemaRepair } from './repair-schema-node';

/** Which side of the call a schema describes: `input` drops readOnly properties, `output` drops writeOnly ones. */
export type SchemaDirection = 'input' | 'output';

/** What one tool's conversions share: the direction and the recursive refs they reached. */
export interface SchemaContext {
  direction: SchemaDirection;
  /** Refs emitted as `{ $ref: '#/$defs/Name' }`; `collectDefs` turns them into the tool's `$defs`. */
  uses: Set<string>;
}

/** A converted ref and the recursive refs its conversion reached. */
export interface ConvertedRef {
  schema: JsonSchema;
  uses: Set<string>;
}

/** The per-document state of the converter; every cache is keyed `${direction}:${ref}`. */
export interface SchemaConversionState {
  document: unknown;
  /** Where the document came from, for SpecErrors. */
  source: string;
  /** Refs whose expansion reaches themselves: emitted as `$defs` refs from then on. */
  recursive: Set<string>;
  /** Non-recursive refs, converted once and inlined wherever used. */
  inlineCache: Map<string, ConvertedRef>;
  /** Recursive refs' bodies, for `$defs`. */
  defCache: Map<string, ConvertedRef>;
  /** The refs being expanded, innermost last (a ref met again here is recursive). */
  stack: string[];
  /** The `$defs` key of a ref, unique in the document. */
  nameOf(ref: string): string;
  /** Spec prose cleaned and cut (see cleanDescription), memoised. */
  describe(text: string): string;
  /** Records a load-time repair (see repairSchemaNode), once per spec location and message. */
  report(repair: SchemaRepair): void;
  /** The repairs recorded since the last call. */
  takeRepairs(): SchemaRepair[];
}

/** Fresh state for one document. */
export function createSchemaConversionState(options: {
  document: unknown;
  source: string;
  maxDescriptionLength?: number;
}): SchemaConversionState {
  const names = new Map<string, string>();
  const usedNames = new Set<string>();
  const cleaned = new Map<string, string>();
  const reported = new Set<string>();
  let repairs: SchemaRepair[] = [];
  return {
    document: options.document,
    source: options.source,
    recursive: new Set(),
    inlineCache: new Map(),
    defCache: new Map(),
    stack: [],
    nameOf(ref) {
      let name = names.get(ref);
      if (name === undefined) {
        name = claimFreeName(defName(ref), usedNames);
        names.set(ref, name);
      }
      return name;
    },
    describe(text) {
      let value = cleaned.get(text);
      if (value === undefined) {
        value = cleanDescription({ text, maxLength: options.maxDescriptionLength });
        cleaned.set(text, value);
      }
      return value;
    },
    report(repair) {
      const key = `${repair.pointer} ${repair.message}`;
      if (reported.has(key)) return;
      reported.add(key);
      repairs.push(repair);
    },
    takeRepairs() {
      const taken = repairs;
      repairs = [];
      return taken;
    },
  };
}
