/**
 * States the invoker's integer range in an input schema: zod (which validates every call) refuses integers beyond
 * ±(2^53−1), which JavaScript cannot hold exactly, so the schema the model sees says so too.
 */
import type { JsonSchema } from '../json-schema';

const safe = Number.MAX_SAFE_INTEGER;

/**
 * Narrows `node` in place (a node the converter just built) when it is an integer schema: a bound beyond the safe
 * range (discord's int64 `-9223372036854775808`, a `2^54−1` maximum) becomes ±(2^53−1), and an `int64`/`uint64`
 * integer without a bound gets the safe one; tighter bounds of the spec stay. Plain unbounded integers are left
 * as they are (the bound on every integer would cost tokens in every tool for values no model sends).
 */
export function safeIntegerBounds(node: JsonSchema): void {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (!types.includes('integer') || types.includes('number')) return;
  const wide = node.format === 'int64' || node.format === 'uint64';
  narrow({ node, inclusive: 'minimum', exclusive: 'exclusiveMinimum', limit: -safe, wide });
  narrow({ node, inclusive: 'maximum', exclusive: 'exclusiveMaximum', limit: safe, wide });
}

function narrow(options: { node: JsonSchema; inclusive: string; exclusive: string; limit: number; wide: boolean }): void {
  const { node, inclusive, exclusive, limit } = options;
  const beyond = (value: unknown) => typeof value === 'number' && (limit < 0 ? value < limit : value > limit);
  const inclusiveBound = node[inclusive];
  const exclusiveBound = node[exclusive];
  if (beyond(exclusiveBound)) delete node[exclusive];
  const stated = typeof node[inclusive] === 'number' || typeof node[exclusive] === 'number';
  if (beyond(inclusiveBound) || (!stated && (options.wide || beyond(exclusiveBound)))) node[inclusive] = limit;
}
