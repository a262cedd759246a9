import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './support/build';

/** Network APIs and remote code: none may appear in what we ship (the global setup built it). */
const NETWORK_OR_REMOTE_CODE = /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|importScripts\(|\beval\(|new Function\(|https?:\/\/[^\s"'`)]+\.js\b/;

function shippedScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '.vite' ? [] : shippedScripts(full);
    return /\.(js|html)$/.test(name) ? [full] : [];
  });
}

describe.each(['chrome', 'firefox'] as const)('the %s build', (target) => {
  it('ships no network call and no remote or evaluated code', () => {
    const files = shippedScripts(distDir(target));
    expect(files.length).toBeGreaterThan(5);
    const offending = files
      .map((file) => ({ file: path.relative(distDir(target), file), match: NETWORK_OR_REMOTE_CODE.exec(readFileSync(file, 'utf8'))?.[0] }))
      .filter((hit) => hit.match);
    expect(offending).toEqual([]);
  });
});
