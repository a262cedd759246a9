import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../extension/options/site-pattern';

describe('sitePattern', () => {
  it('turns what a reader types into one host permission pattern', () => {
    expect(sitePattern('reuters.com')).toBe('https://reuters.com/*');
    expect(sitePattern('  https://www.reuters.com/world/europe/story?id=1#x ')).toBe('https://www.reuters.com/*');
    expect(sitePattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });

  it('refuses what is not an http(s) site', () => {
    for (const input of ['', '   ', 'file:///etc/passwd', 'ftp://example.com', 'javascript:alert(1)', 'https://']) {
      expect(sitePattern(input), input).toBeNull();
    }
  });
});
