import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';

/** One file of an archive: its path inside the archive (with `/`) and its bytes. */
export interface ArchiveFile {
  readonly name: string;
  readonly data: Uint8Array;
}

const BLOCK = 512;

/** `value` as a NUL-terminated octal field of `width` bytes. */
function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** A POSIX ustar header for a regular file (mode 0644, owner 0, time 0: the same bytes for the same files). */
function header(name: string, size: number): Uint8Array {
  const block = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) throw new Error(`path too long for a tar archive: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  block.write(base, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(0, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii'); // the checksum counts its own field as spaces
  block.write('0', 156, 'ascii'); // a regular file
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return Uint8Array.from(block);
}

/** A gzipped ustar archive of the files, in the order given. */
export function tarGz(files: readonly ArchiveFile[]): Uint8Array {
  const padded = (n: number) => Math.ceil(n / BLOCK) * BLOCK;
  const tar = new Uint8Array(files.reduce((sum, f) => sum + BLOCK + padded(f.data.length), 0) + BLOCK * 2);
  let at = 0;
  for (const f of files) {
    tar.set(header(f.name, f.data.length), at);
    tar.set(f.data, at + BLOCK);
    at += BLOCK + padded(f.data.length);
  }
  return Uint8Array.from(gzipSync(tar));
}

/**
 * The files of a folder to upload as a configuration, sorted, with the folders Terraform keeps locally (`.terraform`)
 * and state files left out.
 */
export function configurationFiles(dir: string): ArchiveFile[] {
  const out: ArchiveFile[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.terraform') walk(name);
      } else if (entry.isFile() && !/\.tfstate(\.backup)?$/.test(entry.name)) {
        out.push({ name, data: Uint8Array.from(fs.readFileSync(path.join(dir, name))) });
      }
    }
  };
  walk('');
  return out;
}
