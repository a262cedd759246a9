import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../extension/dev/zip';

/** Reads a zip through its central directory, as unzip tools do. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(-1);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const crc = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localNameLength = archive.readUInt16LE(localOffset + 26);
    const dataStart = localOffset + 30 + localNameLength + archive.readUInt16LE(localOffset + 28);
    const data = inflateRawSync(archive.subarray(dataStart, dataStart + compressedSize));
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('zip', () => {
  it('round-trips files with their paths and contents', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}') },
      { name: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]) },
      { name: '_locales/uk/messages.json', data: Buffer.from('{"name":"Джерела"}') },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    const files = unzip(zip(entries));
    expect([...files.keys()]).toEqual(entries.map((e) => e.name));
    for (const entry of entries) expect(files.get(entry.name)?.equals(entry.data), entry.name).toBe(true);
  });

  it('is reproducible: the same files give the same bytes', () => {
    const entries = [{ name: 'a.js', data: Buffer.from('console.log(1)') }];
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });
});
