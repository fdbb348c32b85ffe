/** Repairs one flaw of the Swagger 2.0 upgrade: shared body parameters left in `parameters` as request-body refs. */

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * A Swagger 2.0 body parameter defined once under `#/parameters` and referenced by operations becomes
 * `#/components/requestBodies/<name>`, but @scalar's upgrader leaves the reference in the operation's
 * `parameters` list, where it names no parameter and the body would be lost. Each such entry (operation or
 * path level) is moved, in place, to the operation's `requestBody` (unless it already has one).
 */
export function repairUpgradedBodyRefs(document: Record<string, unknown>): void {
  const isBodyRef = (entry: unknown): entry is { $ref: string } =>
    entry !== null && typeof entry === 'object' && typeof (entry as { $ref?: unknown }).$ref === 'string' &&
    (entry as { $ref: string }).$ref.startsWith('#/components/requestBodies/');
  for (const item of Object.values((document.paths ?? {}) as Record<string, Record<string, unknown> | null>)) {
    if (item === null || typeof item !== 'object') continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    const sharedBody = shared.find(isBodyRef);
    if (sharedBody) item.parameters = shared.filter((entry) => !isBodyRef(entry));
    for (const method of methods) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (operation === null || typeof operation !== 'object') continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const body = own.find(isBodyRef) ?? sharedBody;
      if (own.some(isBodyRef)) operation.parameters = own.filter((entry) => !isBodyRef(entry));
      if (body && operation.requestBody === undefined) operation.requestBody = { $ref: body.$ref };
    }
  }
}
