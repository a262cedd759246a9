import type { AnalyseOptions, Report } from './types';

/**
 * Text in, Report out: finds the attributions, conditions and sources of an
 * article's plain text. Pure: no DOM, no extension APIs, no I/O.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Report {
  throw new Error('analyse: not built yet');
}
