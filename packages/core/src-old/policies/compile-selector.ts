/** Compiles one selector (operationId, name or id, glob, `tag:NAME`, `METHOD /path/glob`, predicate) into a test. */
import type { ToolDescriptor } from '../tool-descriptor';
import { globToRegExp, isGlob } from './glob-to-reg-exp';
import { SelectorError } from './selector-error';

const methodAndPath = /^([A-Za-z]+|\*)\s+(\/.*)$/;
const httpMethods = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', '*']);

/**
 * Returns a function telling whether a descriptor matches the selector. Strings are read as:
 * `tag:NAME` (tag, case-insensitive, globs allowed); `METHOD /path` (method or `*`, path glob where `*` stays
 * within a segment and `**` crosses them); a glob over ids, names and operationIds; else an exact operationId,
 * tool name or id. Throws `SelectorError` for anything else.
 */
export function compileSelector(options: {
  selector: string | ((descriptor: ToolDescriptor) => boolean);
  option: string;
}): (descriptor: ToolDescriptor) => boolean {
  const { selector, option } = options;
  if (typeof selector === 'function') return (descriptor) => selector(descriptor) === true;
  if (typeof selector !== 'string' || selector.trim() === '') {
    throw new SelectorError({ message: 'a selector is a non-empty string or a predicate', option, selector });
  }
  const text = selector.trim();

  if (text.toLowerCase().startsWith('tag:')) {
    const tag = text.slice(4).trim();
    if (tag === '') throw new SelectorError({ message: '`tag:` needs a tag name', option, selector });
    const pattern = globToRegExp({ glob: tag, ignoreCase: true });
    return (descriptor) => descriptor.operation.tags.some((candidate) => pattern.test(candidate));
  }

  const methodMatch = methodAndPath.exec(text);
  if (methodMatch) {
    const method = methodMatch[1].toUpperCase();
    if (!httpMethods.has(method)) {
      throw new SelectorError({ message: `unknown HTTP method ${methodMatch[1]}`, option, selector });
    }
    const path = globToRegExp({ glob: methodMatch[2].trim(), separator: '/' });
    return (descriptor) =>
      (method === '*' || descriptor.operation.method === method) && path.test(descriptor.operation.path);
  }

  if (isGlob(text)) {
    const pattern = globToRegExp({ glob: text });
    return (descriptor) =>
      pattern.test(descriptor.id) ||
      pattern.test(descriptor.name) ||
      (descriptor.operation.operationId !== undefined && pattern.test(descriptor.operation.operationId));
  }

  return (descriptor) =>
    descriptor.operation.operationId === text || descriptor.name === text || descriptor.id === text;
}
