/**
 * `?tabId=N` in the popup's URL (a test, or a popup opened as a page), or
 * null. A module of its own, free of imports, so that the popup's small entry
 * (`injection.ts`) and its interface (`page-link.ts`) read it alike.
 */
export function tabIdInSearch(search: string): number | null {
  const fromQuery = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  return Number.isInteger(fromQuery) && fromQuery >= 0 ? fromQuery : null;
}
