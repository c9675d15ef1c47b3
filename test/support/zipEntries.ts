// Lists a zip archive's entries (a VSIX is a zip) from its central directory, so a test can check
// what a package ships without an unzip tool on the machine.
import * as fs from 'node:fs';

/** One file in a zip: its path and its uncompressed size in bytes. */
export interface ZipEntry {
  name: string;
  size: number;
}

/** The entries of the zip at `file`, in central-directory order. */
export function zipEntries(file: string): ZipEntry[] {
  const bytes = fs.readFileSync(file);
  // The end-of-central-directory record is the last 22 bytes plus a comment of up to 64 KB.
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory in ${file}`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      size: bytes.readUInt32LE(at + 24),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
