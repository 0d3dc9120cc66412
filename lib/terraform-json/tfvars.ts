/**
 * Values for input variables as Terraform takes them: `*.tfvars` (HCL holding constant values), `*.tfvars.json`,
 * `-var name=value`, and the files Terraform loads by itself from a module's folder (`terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars`, `*.auto.tfvars.json`, in lexical order).
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformInputError } from './errors';
import { isObject, type Json } from './values';
import type { VariableValues } from './variables';

/** A problem at a line of a variables file. */
class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A parser of the constant subset of HCL: strings, heredocs, numbers, bools, null, lists and objects. */
class LiteralParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  private line(at = this.pos): number {
    return this.text.slice(0, at).split('\n').length;
  }

  private fail(message: string, at = this.pos): never {
    throw new SyntaxProblem(message, this.line(at));
  }

  /** Skips blanks and comments; stops at a newline when `newlines` is false. */
  private skip(newlines = true): void {
    for (;;) {
      const rest = this.text.slice(this.pos);
      const m = (newlines ? /^(\s+|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/ : /^([ \t\r]+|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/).exec(rest);
      if (!m) return;
      this.pos += m[0].length;
    }
  }

  private identifier(): string | undefined {
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  /** `name = value` lines, as a variables file holds them. */
  attributes(): Json {
    const out: Json = {};
    this.skip();
    while (this.pos < this.text.length) {
      const start = this.pos;
      const name = this.identifier() ?? this.fail('expected a variable name');
      this.skip(false);
      if (this.text[this.pos] !== '=') this.fail(`expected '=' after ${name}`);
      this.pos++;
      this.skip(false);
      if (Object.hasOwn(out, name)) this.fail(`${name} is assigned twice`, start);
      out[name] = this.value();
      this.skip(false);
      if (this.pos < this.text.length && this.text[this.pos] !== '\n') this.fail(`expected a new line after the value of ${name}`);
      this.skip();
    }
    return out;
  }

  /** One whole constant expression (what `-var name=<value>` gives for a list, map or object variable). */
  only(): unknown {
    this.skip();
    const v = this.value();
    this.skip();
    if (this.pos < this.text.length) this.fail('unexpected text after the value');
    return v;
  }

  value(): unknown {
    const c = this.text[this.pos];
    if (c === '"') return this.quoted();
    if (c === '[') return this.list();
    if (c === '{') return this.object();
    if (this.text.startsWith('<<', this.pos)) return this.heredoc();
    const number = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return Number(number[0]);
    }
    const start = this.pos;
    const word = this.identifier();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    return this.fail(
      word === undefined ? 'expected a value' : `'${word}' is not a constant: a variables file holds only strings, numbers, bools, lists and maps`,
      start,
    );
  }

  private quoted(): string {
    const start = this.pos;
    let out = '';
    for (this.pos++; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\n') break;
      if ((c === '$' || c === '%') && this.text[this.pos + 1] === '{') {
        if (this.text[this.pos - 1] !== c) this.fail('a variables file cannot use interpolation (${...}); write the value itself');
      }
      if (c === '\\') {
        const e = this.text[++this.pos];
        if (e === 'u' || e === 'U') {
          const size = e === 'u' ? 4 : 8;
          out += String.fromCodePoint(parseInt(this.text.slice(this.pos + 1, this.pos + 1 + size), 16));
          this.pos += size;
        } else {
          out += ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
        }
      } else {
        out += c;
      }
    }
    return this.fail('unterminated string', start);
  }

  private heredoc(): string {
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos));
    if (!m) this.fail('expected a heredoc marker (<<EOT)');
    const bodyStart = this.pos + m[0].length;
    const close = new RegExp(`^[ \\t]*${m[2]}[ \\t]*$`, 'm');
    const rest = this.text.slice(bodyStart);
    const end = close.exec(rest);
    if (!end) this.fail(`heredoc ${m[2]} is never closed`);
    let lines = rest.slice(0, end.index).split('\n');
    lines.pop();
    if (m[1] === '-') {
      const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
      lines = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
    }
    this.pos = bodyStart + end.index + end[0].length;
    return lines.map((l) => `${l}\n`).join('');
  }

  private list(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.skip();
    while (this.text[this.pos] !== ']') {
      if (this.pos >= this.text.length) this.fail("list is never closed (expected ']')");
      out.push(this.value());
      this.skip();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skip();
      } else if (this.text[this.pos] !== ']') this.fail("expected ',' or ']' in a list");
    }
    this.pos++;
    return out;
  }

  private object(): Json {
    const out: Json = {};
    this.pos++;
    this.skip();
    while (this.text[this.pos] !== '}') {
      if (this.pos >= this.text.length) this.fail("map is never closed (expected '}')");
      const key = this.text[this.pos] === '"' ? this.quoted() : (this.identifier() ?? this.fail('expected a key'));
      this.skip(false);
      if (this.text[this.pos] !== '=' && this.text[this.pos] !== ':') this.fail(`expected '=' after key ${key}`);
      this.pos++;
      this.skip(false);
      out[key] = this.value();
      this.skip(false);
      if (this.text[this.pos] === ',') this.pos++;
      this.skip();
    }
    this.pos++;
    return out;
  }
}

/**
 * Parses a `*.tfvars` text: `name = value` lines of constant values.
 * @throws TerraformInputError naming the file and line of the first problem.
 */
export function parseTfvars(text: string, file: string): Json {
  try {
    return new LiteralParser(text).attributes();
  } catch (e) {
    if (e instanceof SyntaxProblem) throw new TerraformInputError(`${file}:${e.line}: ${e.message}`, 'invalid-variables', file, e.message);
    throw e;
  }
}

/** Parses the text of one constant value (a list or map given with `-var`); undefined when it is not one. */
export function parseConstant(text: string): unknown {
  try {
    return new LiteralParser(text).only();
  } catch (e) {
    if (e instanceof SyntaxProblem) return undefined;
    throw e;
  }
}

/**
 * Reads a variables file: `*.tfvars.json` as JSON, anything else as HCL.
 * @throws TerraformInputError naming the file when it cannot be read or parsed.
 */
export function readVariableFile(file: string): Json {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new TerraformInputError(`${file}: cannot read the variables file (${code})`, 'unreadable', file, code);
  }
  if (!file.endsWith('.json')) return parseTfvars(text, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new TerraformInputError(`${file}: not valid JSON (${detail})`, 'invalid-variables', file, detail);
  }
  if (!isObject(json)) throw new TerraformInputError(`${file}: a variables file must be a JSON object of variable names`, 'invalid-variables', file);
  return json;
}

/**
 * Parses `-var name=value`: the value is a string, as Terraform takes it for a variable of a primitive type (the
 * variable's type converts it); a list or map variable parses it when its declaration is read.
 * @throws TerraformInputError when there is no `=` or no name.
 */
export function parseVariableAssignment(assignment: string): [string, string] {
  const eq = assignment.indexOf('=');
  const name = eq < 0 ? '' : assignment.slice(0, eq).trim();
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw new TerraformInputError(`--var '${assignment}': expected name=value, e.g. --var region=eu-west-1`, 'invalid-variables');
  }
  return [name, assignment.slice(eq + 1)];
}

/** The variables files Terraform loads by itself from a module folder, in the order it loads them. */
export function autoVariableFiles(dir: string): string[] {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort();
  return [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) => path.join(dir, n));
}

/** Values from variables files and `name=value` assignments, later ones winning as in Terraform. */
export function variableValues(files: readonly string[], assignments: readonly string[] = []): VariableValues {
  const out: Record<string, unknown> = {};
  for (const file of files) Object.assign(out, readVariableFile(file));
  for (const a of assignments) {
    const [name, value] = parseVariableAssignment(a);
    out[name] = value;
  }
  return out;
}
