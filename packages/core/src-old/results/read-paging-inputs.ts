/** Finds the query parameters an operation pages with (page, page size, offset, cursor), by their names on the wire. */
import type { ParameterBinding } from '../operation-plan';
import type { PagingInputs } from './tool-result-settings';

const pageNames = new Set(['page', 'page_number', 'pagenumber', 'pageno', 'page[number]']);
const pageSizeNames = new Set([
  'per_page', 'perpage', 'limit', 'page_size', 'pagesize', 'size', 'count', 'max_results', 'maxresults',
  'page[size]', 'page[limit]', 'pagelimit', 'top', '$top', 'first', 'max', 'results_per_page',
]);
const offsetNames = new Set(['offset', 'skip', 'start', '$skip', 'start_index', 'startindex', 'page[offset]']);
const itemIdCursorNames = new Set(['starting_after', 'after_id', 'since_id', 'startingafter', 'after_key', 'start_after']);
const cursorNames = new Set([
  'cursor', 'page_token', 'pagetoken', 'next_token', 'nexttoken', 'next_cursor', 'nextcursor', 'continuation',
  'continuation_token', 'continuationtoken', 'marker', 'after', 'page[cursor]', 'page[after]', 'starting_token',
  'next_page_token', 'nextpagetoken', 'pagination_token', 'scroll_id',
]);

/** The paging roles of an operation's query parameters; roles it lacks stay undefined. */
export function readPagingInputs(parameters: readonly ParameterBinding[]): PagingInputs {
  const paging: PagingInputs = { query: {}, numeric: [] };
  for (const parameter of parameters) {
    if (parameter.in !== 'query') continue;
    paging.query[parameter.name] = parameter.property;
    const type = parameter.schema.type;
    if (type === 'integer' || type === 'number' || (Array.isArray(type) && (type.includes('integer') || type.includes('number')))) {
      paging.numeric.push(parameter.property);
    }
    const name = parameter.name.toLowerCase();
    if (pageNames.has(name)) paging.page ??= parameter.property;
    else if (pageSizeNames.has(name)) paging.pageSize ??= parameter.property;
    else if (offsetNames.has(name)) paging.offset ??= parameter.property;
    else if (itemIdCursorNames.has(name) && paging.cursor === undefined) {
      paging.cursor = parameter.property;
      paging.cursorIsItemId = true;
    } else if (cursorNames.has(name) && paging.cursor === undefined) paging.cursor = parameter.property;
  }
  return paging;
}
