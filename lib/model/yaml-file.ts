import * as fs from 'fs';
import * as path from 'path';
import { Document, LineCounter, Node, Pair, Scalar, YAMLMap, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { SpecError } from './errors';

/** A YAML file read for validation: its value, and where each field is, for errors that say `file:line`. */
export interface YamlFile {
  readonly file: string;
  /** The file as shown in messages: relative to the working folder. */
  readonly display: string;
  /** The parsed value, when the file was readable YAML. */
  readonly value?: unknown;
  /** Why the file could not be read or parsed, each naming the file (and line). */
  readonly errors: SpecError[];
  /** `file:line` of a field path, or `file` when the field is not in the file. */
  readonly where: (fieldPath: readonly PropertyKey[]) => string;
}

/**
 * Largest YAML file read: a tenant file is a few hundred bytes, so anything this size is a mistake (a log or a
 * binary named `*.yaml`), not configuration.
 */
export const MAX_YAML_FILE_BYTES = 1024 * 1024;

/**
 * Most aliases a file may expand: the YAML library's `maxAliasCount` guard against alias bombs (a few lines that
 * expand to billions of nodes). A tenant file needs none; a hundred leaves room for anchors in hand-written files.
 */
export const MAX_YAML_ALIASES = 100;

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}

/**
 * Reads and parses one YAML file; problems come back in `errors`, never as a throw. Only regular files are read
 * (a FIFO or device named `*.yaml` would block or never end), one document per file, no duplicate keys, and
 * aliases are bounded by MAX_YAML_ALIASES.
 */
export function readYamlFile(file: string): YamlFile {
  const display = displayPath(file);
  const whole = () => display;
  const fail = (message: string): YamlFile => ({ file, display, errors: [new SpecError(`${display}: ${message}`)], where: whole });
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return fail('not a regular file, so it is not read; replace it with a YAML file or remove it');
    if (stat.size > MAX_YAML_FILE_BYTES) {
      return fail(`${stat.size} bytes, more than the ${MAX_YAML_FILE_BYTES} a YAML settings file may have; is it the right file?`);
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(`cannot read the file (${reason}); check that it exists and that you may read it`);
  }
  if (text.includes('\u0000')) return fail('holds binary data (a NUL byte), not YAML; is it the right file?');

  const lineCounter = new LineCounter();
  // uniqueKeys is checked below in linear time: the library's own check compares every key with every other.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    const errors: SpecError[] = [];
    const lines = new Set<number>();
    for (const e of doc.errors) {
      const { line, reason } = describeSyntaxError(doc, e.code, e.pos[0], e.message, lineAt);
      if (lines.has(line)) continue; // one problem per line: the parser often reports a broken line twice
      lines.add(line);
      errors.push(new SpecError(`${display}:${line}: ${reason}`));
    }
    return { file, display, errors, where: whole };
  }

  const structural = structuralErrors(doc, lineAt);
  if (structural.length > 0) return { file, display, errors: structural.map((m) => new SpecError(`${display}:${m}`)), where: whole };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    if (!/alias/i.test(e instanceof Error ? e.message : String(e))) return fail(`cannot be read as YAML data (${String(e)}); fix the file`);
    return fail(`its aliases expand to more than ${MAX_YAML_ALIASES} copies (an alias bomb); write the values out instead of using anchors and aliases`);
  }

  // Pairs of each mapping by key, built on first use, so placing many errors stays linear.
  const pairsByKey = new WeakMap<object, Map<unknown, Pair>>();
  const pairOf = (map: YAMLMap, key: PropertyKey): Pair | undefined => {
    let index = pairsByKey.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isScalar(p.key) && !index.has(p.key.value)) index.set(p.key.value, p);
      pairsByKey.set(map, index);
    }
    return index.get(key);
  };
  const where = (fp: readonly PropertyKey[]): string => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of fp) {
      if (isMap(node)) {
        const pair = pairOf(node, key);
        if (!pair || !isScalar(pair.key) || !pair.key.range) break;
        line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as { range?: [number, number, number] } | undefined;
        if (!item?.range) break;
        line = lineAt(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line === undefined ? display : `${display}:${line}`;
  };
  return { file, display, value, errors: [], where };
}

/** The line and a one-line reason with the fix for a parser error. */
function describeSyntaxError(
  doc: Document,
  code: string,
  offset: number,
  message: string,
  lineAt: (offset: number) => number,
): { line: number; reason: string } {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'MULTIPLE_DOCS') {
    return { line: lineAt(offset), reason: 'a second YAML document starts here (---); a file holds one document: move it to its own file or remove it' };
  }
  if (code === 'MISSING_CHAR' && /quote/.test(first)) {
    // The parser notices at the end of the file; the quote was opened where the quoted value starts.
    const opened = openingQuote(doc, offset);
    const quote = first.includes("'") ? "'" : '"';
    return {
      line: lineAt(opened ?? offset),
      reason: `not valid YAML: the ${quote} opened here is never closed; add the closing ${quote} at the end of the value`,
    };
  }
  return { line: lineAt(offset), reason: `not valid YAML: ${first}; fix the syntax on that line` };
}

/** Where the quoted scalar that runs to `offset` (an unclosed quote) starts. */
function openingQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node: Scalar) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] <= offset && node.range[1] >= offset) start = node.range[0];
    },
  });
  return start;
}

/**
 * Duplicate keys and aliases to anchors that do not exist, as `line: reason; fix`, in one pass over the document
 * (the parser's own duplicate check is quadratic in the keys of a mapping).
 */
function structuralErrors(doc: Document, lineAt: (offset: number) => number): string[] {
  const out: string[] = [];
  const anchors = new Set<string>();
  const anchor = (node: Node) => {
    if (node.anchor) anchors.add(node.anchor);
  };
  visit(doc, {
    Map(_key, map) {
      anchor(map);
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (seen.has(key)) {
          const line = pair.key.range ? lineAt(pair.key.range[0]) : 0;
          out.push(`${line}: '${String(key)}' is set twice in the same mapping; keep one of them`);
        }
        seen.add(key);
      }
    },
    Seq: (_key, seq) => anchor(seq),
    Scalar: (_key, scalar) => anchor(scalar),
    Alias(_key, alias) {
      if (!anchors.has(alias.source)) {
        const line = alias.range ? lineAt(alias.range[0]) : 0;
        out.push(`${line}: the alias *${alias.source} names no anchor (&${alias.source}) above it; write the value instead`);
      }
    },
  });
  return out;
}
