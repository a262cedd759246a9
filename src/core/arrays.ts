/**
 * `target.push(...items)` passes every item as an argument, on the stack: an
 * array of some hundred thousand items (a long paragraph's findings) throws
 * "Maximum call stack size exceeded". This appends one at a time instead.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
