// A strict JSON parser that remembers where every key and value is written, so diagnostics can point at it.
import type {
  JsonArrayNode,
  JsonMember,
  JsonNode,
  JsonObjectNode,
  JsonParseResult,
  JsonStringNode,
  PermissionDiagnostic,
} from './types.ts';
import { rangeAt } from './positions.ts';

/** Deep enough for any permission document, shallow enough that recursion cannot exhaust the stack. */
const MAX_DEPTH = 256;

class JsonSyntaxError {
  constructor(
    readonly message: string,
    readonly from: number,
    readonly to: number,
  ) {}
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the document';
  if (ch === '\n') return 'a line break';
  if (ch === '\t') return 'a tab';
  const code = ch.charCodeAt(0);
  const hex = `U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  if (code < 0x20) return `control character ${hex}`;
  // Text pasted from web pages and chat brings invisible or look-alike characters: name them.
  if (code === 0xa0) return `non-breaking space (${hex})`;
  if (code === 0xfeff) return `invisible byte-order mark (${hex})`;
  if (code === 0x201c || code === 0x201d) return `curly quote ${ch} (JSON needs straight double quotes ")`;
  if (/\s/.test(ch) || (code >= 0x7f && code <= 0x9f) || (code >= 0x200b && code <= 0x200f))
    return `invisible character (${hex})`;
  return `'${ch}'`;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonNode {
    this.skipSpace();
    const root = this.parseValue(0);
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.fail(
        `Unexpected ${describeChar(this.text[this.pos])} after the end of the JSON value`,
        this.pos,
        this.pos + 1,
      );
    }
    return root;
  }

  private fail(message: string, from: number, to: number = from + 1): never {
    const end = Math.min(Math.max(to, from), this.text.length);
    throw new JsonSyntaxError(message, Math.min(from, this.text.length), end);
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else break;
    }
  }

  private parseValue(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`The document is nested more than ${MAX_DEPTH} levels deep`, this.pos);
    const ch = this.text[this.pos];
    switch (ch) {
      case '{':
        return this.parseObject(depth);
      case '[':
        return this.parseArray(depth);
      case '"':
        return this.parseString();
      case 't':
      case 'f':
      case 'n':
        return this.parseLiteral();
      case undefined:
        return this.fail('Unexpected end of the document: a value is missing', this.pos, this.pos);
      default:
        if (ch === '-' || (ch >= '0' && ch <= '9')) return this.parseNumber();
        if (ch === "'")
          return this.fail('Strings in JSON use double quotes ("), not single quotes', this.pos);
        if (ch === '}' || ch === ']')
          return this.fail(`Expected a value before ${describeChar(ch)}`, this.pos);
        return this.fail(`Unexpected ${describeChar(ch)}: expected a JSON value`, this.pos);
    }
  }

  private parseLiteral(): JsonNode {
    const from = this.pos;
    for (const [word, node] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null', value: null }],
    ] as const) {
      if (this.text.startsWith(word, from)) {
        this.pos += word.length;
        return { ...node, from, to: this.pos } as JsonNode;
      }
    }
    let end = from;
    while (end < this.text.length && /[A-Za-z0-9_]/.test(this.text[end] ?? '')) end++;
    return this.fail(`Unexpected word '${this.text.slice(from, end)}': expected a JSON value`, from, end);
  }

  private parseNumber(): JsonNode {
    const from = this.pos;
    NUMBER.lastIndex = from;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.fail('Invalid number', from, from + 1);
    const raw = match[0];
    this.pos = from + raw.length;
    const next = this.text[this.pos];
    if (next !== undefined && /[0-9A-Za-z.+-]/.test(next)) this.fail('Invalid number', from, this.pos + 1);
    return { type: 'number', value: Number(raw), raw, from, to: this.pos };
  }

  private parseString(): JsonStringNode {
    const text = this.text;
    const from = this.pos;
    this.pos++;
    let value = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= text.length)
        this.fail('Unterminated string: a closing " is missing', from, text.length);
      const c = text.charCodeAt(this.pos);
      if (c === 0x22) {
        value += text.slice(chunkStart, this.pos);
        this.pos++;
        return { type: 'string', value, from, to: this.pos };
      }
      if (c === 0x5c) {
        value += text.slice(chunkStart, this.pos);
        value += this.parseEscape();
        chunkStart = this.pos;
        continue;
      }
      if (c < 0x20) {
        if (c === 0x0a)
          this.fail(
            'Unterminated string: a line break cannot appear inside a string (write \\n)',
            from,
            this.pos,
          );
        this.fail(`A ${describeChar(text[this.pos])} must be escaped inside a string`, this.pos);
      }
      this.pos++;
    }
  }

  private parseEscape(): string {
    const at = this.pos;
    const e = this.text[at + 1];
    this.pos += 2;
    switch (e) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = this.text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex))
          this.fail('Invalid \\u escape: four hex digits must follow', at, at + 2 + hex.length);
        this.pos = at + 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case undefined:
        return this.fail('Unterminated string: a closing " is missing', at, at + 1);
      default:
        return this.fail(`Invalid escape '\\${e}' in a string`, at, at + 2);
    }
  }

  private parseArray(depth: number): JsonArrayNode {
    const from = this.pos;
    this.pos++;
    const items: JsonNode[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { type: 'array', items, from, to: this.pos };
    }
    for (;;) {
      this.skipSpace();
      items.push(this.parseValue(depth + 1));
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === ',') {
        const comma = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === ']')
          this.fail('Trailing comma: JSON does not allow a comma before ]', comma);
        continue;
      }
      if (ch === ']') {
        this.pos++;
        return { type: 'array', items, from, to: this.pos };
      }
      if (ch === undefined)
        this.fail('Unexpected end of the document: an array is not closed with ]', from, from + 1);
      this.fail(`Expected ',' or ']' but found ${describeChar(ch)}`, this.pos);
    }
  }

  private parseObject(depth: number): JsonObjectNode {
    const from = this.pos;
    this.pos++;
    const members: JsonMember[] = [];
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { type: 'object', members, from, to: this.pos };
    }
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch !== '"') {
        if (ch === undefined)
          this.fail('Unexpected end of the document: an object is not closed with }', from, from + 1);
        if (ch === "'") this.fail('Property names in JSON use double quotes (")', this.pos);
        this.fail(`Expected a property name in double quotes but found ${describeChar(ch)}`, this.pos);
      }
      const key = this.parseString();
      this.skipSpace();
      if (this.text[this.pos] !== ':')
        this.fail(`Expected ':' after the property name "${key.value}"`, this.pos);
      this.pos++;
      this.skipSpace();
      const value = this.parseValue(depth + 1);
      members.push({ key, value });
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        const comma = this.pos;
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === '}')
          this.fail('Trailing comma: JSON does not allow a comma before }', comma);
        continue;
      }
      if (next === '}') {
        this.pos++;
        return { type: 'object', members, from, to: this.pos };
      }
      if (next === undefined)
        this.fail('Unexpected end of the document: an object is not closed with }', from, from + 1);
      this.fail(`Expected ',' or '}' but found ${describeChar(next)}`, this.pos);
    }
  }
}

export function parseJson(text: string): JsonParseResult {
  try {
    return { root: new Parser(text).parseDocument(), errors: [] };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) {
      // Only a stack overflow on hostile input could get here; report it rather than throw.
      const diagnostic: PermissionDiagnostic = {
        ...rangeAt(text, 0, Math.min(1, text.length)),
        severity: 'error',
        kind: 'syntax',
        message: 'The document could not be parsed',
      };
      return { root: null, errors: [diagnostic] };
    }
    const diagnostic: PermissionDiagnostic = {
      ...rangeAt(text, error.from, error.to),
      severity: 'error',
      kind: 'syntax',
      message: error.message,
    };
    return { root: null, errors: [diagnostic] };
  }
}
