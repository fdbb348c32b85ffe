/** The unprefixed tool name of one operation: snake_case operationId, else method + path. */
import { snakeCase } from './snake-case';

/**
 * `createInvoice` -> `create_invoice`, `repos/list-for-org` -> `repos_list_for_org`; without an operationId (or
 * one with no letters or digits), `GET /pets/{petId}` -> `get_pets_by_pet_id`.
 */
export function operationBaseName(options: { operationId?: string; method: string; path: string }): string {
  const fromId = options.operationId ? snakeCase(options.operationId) : '';
  if (fromId !== '') return fromId;
  const segments = options.path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? `by_${snakeCase(parameter[1])}` : snakeCase(segment.replace(/[{}]/g, ''));
    })
    .filter((segment) => segment !== '' && segment !== 'by_');
  return [options.method.toLowerCase(), ...segments].join('_') || options.method.toLowerCase();
}
