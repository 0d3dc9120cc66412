import * as fs from 'fs';
import * as path from 'path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
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

/** Reads and parses one YAML file; problems come back in `errors`, never as a throw. */
export function readYamlFile(file: string): YamlFile {
  const display = path.relative(process.cwd(), file) || file;
  const whole = () => display;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return { file, display, errors: [new SpecError(`${display}: cannot read the file (${reason})`)], where: whole };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => {
      const line = lineAt(e.pos[0]);
      const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return new SpecError(`${display}:${line}: not valid YAML: ${reason}; fix the syntax on that line`);
    });
    return { file, display, errors, where: whole };
  }

  const where = (fp: readonly PropertyKey[]): string => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of fp) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
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
  return { file, display, value: doc.toJS(), errors: [], where };
}
