/** The inputs that fetch the items of a cut list that the model did not see, with this tool's own paging inputs. */
import type { PagingInputs } from './tool-result-settings';

/**
 * The inputs (only those that change) whose response starts right after the last item shown: the last shown
 * item's id for an id cursor (`starting_after`), the offset plus the items shown, or, paging by number, a page
 * size of `shown` and the page that starts there (when the shown items divide the items before). Undefined when
 * the tool has no such inputs.
 */
export function restOfPageInput(options: {
  input: Record<string, unknown>;
  paging: PagingInputs;
  items: readonly unknown[];
  shown: number;
}): Record<string, unknown> | undefined {
  const { input, paging, items, shown } = options;
  if (shown === 0) return undefined;
  const last = items[shown - 1];
  const lastId = last !== null && typeof last === 'object' ? (last as Record<string, unknown>).id : undefined;
  if (paging.cursor !== undefined && paging.cursorIsItemId && (typeof lastId === 'string' || typeof lastId === 'number')) {
    return { [paging.cursor]: lastId };
  }
  if (paging.offset !== undefined) {
    const offset = Number(input[paging.offset] ?? 0);
    if (Number.isInteger(offset)) return { [paging.offset]: offset + shown };
  }
  if (paging.page !== undefined && paging.pageSize !== undefined) {
    const page = Number(input[paging.page] ?? 1);
    const size = Number(input[paging.pageSize] ?? items.length);
    const before = (page - 1) * size;
    if (Number.isInteger(page) && page >= 1 && Number.isInteger(size) && before % shown === 0) {
      return { [paging.page]: before / shown + 2, [paging.pageSize]: shown };
    }
  }
  return undefined;
}
