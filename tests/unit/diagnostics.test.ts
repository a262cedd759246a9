import { describe, expect, it } from 'vitest';
import {
  appendFailure,
  errorSummary,
  MAX_ERROR_MESSAGE_CHARS,
  MAX_FAILURES,
  originOf,
  readFailures,
  type FailureRecord,
} from '../../extension/diagnostics';
import { isBackgroundMessage } from '../../extension/messages';

const failure = (n: number): FailureRecord => ({ time: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), origin: `https://site${n}.example`, name: 'Error', message: `failure ${n}` });

describe('the failure log', () => {
  it('keeps the newest failures only, oldest first', () => {
    let log: FailureRecord[] = [];
    for (let n = 0; n < MAX_FAILURES + 5; n++) log = appendFailure(log, failure(n));
    expect(log).toHaveLength(MAX_FAILURES);
    expect(log[0]).toEqual(failure(5));
    expect(log.at(-1)).toEqual(failure(MAX_FAILURES + 4));
  });

  it('does not change the log it is given', () => {
    const log = [failure(1)];
    appendFailure(log, failure(2));
    expect(log).toEqual([failure(1)]);
  });

  it('reads a stored log, dropping what is malformed', () => {
    expect(readFailures(undefined)).toEqual([]);
    expect(readFailures('nonsense')).toEqual([]);
    expect(readFailures([failure(1), { time: 3 }, null, failure(2)])).toEqual([failure(1), failure(2)]);
  });
});

describe('error summaries', () => {
  it('keep the name and a message cut to the limit', () => {
    const long = new RangeError('x'.repeat(5000));
    const summary = errorSummary(long);
    expect(summary.name).toBe('RangeError');
    expect(summary.message.length).toBe(MAX_ERROR_MESSAGE_CHARS);
    expect(summary.message.endsWith('…')).toBe(true);
    expect(errorSummary(new TypeError('short'))).toEqual({ name: 'TypeError', message: 'short' });
    expect(errorSummary('thrown text')).toEqual({ name: 'string', message: 'thrown text' });
  });

  it('travel in the failure message, which is refused without them', () => {
    expect(isBackgroundMessage({ type: 'sourcelens/failed', error: { name: 'Error', message: 'm' } })).toBe(true);
    expect(isBackgroundMessage({ type: 'sourcelens/failed' })).toBe(false);
    expect(isBackgroundMessage({ type: 'sourcelens/failed', error: { name: 1, message: 'm' } })).toBe(false);
  });
});

describe('origins', () => {
  it('keep the scheme, host and port, never the path or query', () => {
    expect(originOf('https://news.example:8443/world/story?id=7#top')).toBe('https://news.example:8443');
    expect(originOf('about:blank')).toBe('');
    expect(originOf('not a url')).toBe('');
    expect(originOf(undefined)).toBe('');
  });
});
