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
import { positionAt, rangeAt } from './positions.ts';
import type { DiagnosticProblem, JsonCharacter } from './problems.ts';
import { described } from './problem-messages.ts';

/** Deep enough for any permission document, shallow enough that recursion cannot exhaust the stack. */
const MAX_DEPTH = 256;

class JsonSyntaxError {
  constructor(
    readonly problem: DiagnosticProblem,
    readonly from: number,
    readonly to: number,
  ) {}
}

function describeChar(ch: string | undefined): JsonCharacter {
  if (ch === undefined) return { kind: 'end' };
  if (ch === '\n') return { kind: 'lineBreak' };
  if (ch === '\t') return { kind: 'tab' };
  const code = ch.charCodeAt(0);
  const codePoint = `U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  if (code < 0x20) return { kind: 'control', codePoint };
  // Text pasted from web pages and chat brings invisible or look-alike characters: name them.
  if (code === 0xa0) return { kind: 'nonBreakingSpace', codePoint };
  if (code === 0xfeff) return { kind: 'byteOrderMark', codePoint };
  if (code === 0x201c || code === 0x201d) return { kind: 'curlyQuote', char: ch };
  if (/\s/.test(ch) || (code >= 0x7f && code <= 0x9f) || (code >= 0x200b && code <= 0x200f))
    return { kind: 'invisible', codePoint };
  return { kind: 'char', char: ch };
}

const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

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
        { code: 'jsonAfterValue', params: { found: describeChar(this.text[this.pos]) } },
        this.pos,
        this.pos + 1,
      );
    }
    return root;
  }

  /** An error found at the very end of the text is placed where the content ends (see endOfContent). */
  private fail(problem: DiagnosticProblem, from: number, to: number = from + 1): never {
    if (from >= this.text.length) {
      const end = this.endOfContent();
      throw new JsonSyntaxError(problem, end, end);
    }
    throw new JsonSyntaxError(problem, from, Math.min(Math.max(to, from), this.text.length));
  }

  /**
   * Where the text ends for a reader: after its last character that is not white space. An unexpected end is
   * reported there, on the line of the last thing written, not on a blank line after it.
   */
  private endOfContent(): number {
    let end = this.text.length;
    while (end > 0 && isJsonSpace(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  /**
   * The text ended inside an array or object: point where its closing bracket was due (the end), not at the
   * bracket that opened it, which may be many lines up; the message names where that one is.
   */
  private failNotClosed(code: 'jsonArrayNotClosed' | 'jsonObjectNotClosed', openedAt: number): never {
    const { line, column } = positionAt(this.text, openedAt);
    return this.fail({ code, params: { line, column } }, this.text.length);
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (isJsonSpace(c)) this.pos++;
      else break;
    }
  }

  private parseValue(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail({ code: 'jsonTooDeep', params: { max: MAX_DEPTH } }, this.pos);
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
        return this.fail({ code: 'jsonValueMissingAtEnd', params: {} }, this.pos, this.pos);
      default:
        if (ch === '-' || (ch >= '0' && ch <= '9')) return this.parseNumber();
        // A bare word (`allow`, `True`, `undefined`) is named whole, not by its first letter.
        if (/[A-Za-z]/.test(ch)) return this.parseLiteral();
        if (ch === "'") return this.fail({ code: 'jsonSingleQuotedString', params: {} }, this.pos);
        if (ch === '}' || ch === ']')
          return this.fail({ code: 'jsonValueBeforeClose', params: { found: describeChar(ch) } }, this.pos);
        return this.fail({ code: 'jsonUnexpectedCharacter', params: { found: describeChar(ch) } }, this.pos);
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
    return this.fail({ code: 'jsonUnexpectedWord', params: { word: this.text.slice(from, end) } }, from, end);
  }

  private parseNumber(): JsonNode {
    const from = this.pos;
    NUMBER.lastIndex = from;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') this.fail({ code: 'jsonInvalidNumber', params: {} }, from, from + 1);
    const raw = match[0];
    this.pos = from + raw.length;
    const next = this.text[this.pos];
    if (next !== undefined && /[0-9A-Za-z.+-]/.test(next))
      this.fail({ code: 'jsonInvalidNumber', params: {} }, from, this.pos + 1);
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
        this.fail({ code: 'jsonUnterminatedString', params: {} }, from, text.length);
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
        if (c === 0x0a) this.fail({ code: 'jsonLineBreakInString', params: {} }, from, this.pos);
        this.fail(
          { code: 'jsonUnescapedCharacter', params: { found: describeChar(text[this.pos]) } },
          this.pos,
        );
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
          this.fail({ code: 'jsonInvalidUnicodeEscape', params: {} }, at, at + 2 + hex.length);
        this.pos = at + 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case undefined:
        return this.fail({ code: 'jsonUnterminatedString', params: {} }, at, at + 1);
      default:
        return this.fail({ code: 'jsonInvalidEscape', params: { escape: e } }, at, at + 2);
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
          this.fail({ code: 'jsonTrailingComma', params: { before: ']' } }, comma);
        continue;
      }
      if (ch === ']') {
        this.pos++;
        return { type: 'array', items, from, to: this.pos };
      }
      if (ch === undefined) this.failNotClosed('jsonArrayNotClosed', from);
      this.fail({ code: 'jsonArraySeparator', params: { found: describeChar(ch) } }, this.pos);
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
        if (ch === undefined) this.failNotClosed('jsonObjectNotClosed', from);
        if (ch === "'") this.fail({ code: 'jsonSingleQuotedKey', params: {} }, this.pos);
        this.fail({ code: 'jsonKeyExpected', params: { found: describeChar(ch) } }, this.pos);
      }
      const key = this.parseString();
      this.skipSpace();
      if (this.text[this.pos] !== ':')
        this.fail({ code: 'jsonColonExpected', params: { key: key.value } }, this.pos);
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
          this.fail({ code: 'jsonTrailingComma', params: { before: '}' } }, comma);
        continue;
      }
      if (next === '}') {
        this.pos++;
        return { type: 'object', members, from, to: this.pos };
      }
      if (next === undefined) this.failNotClosed('jsonObjectNotClosed', from);
      this.fail({ code: 'jsonObjectSeparator', params: { found: describeChar(next) } }, this.pos);
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
        ...described({ code: 'jsonUnparseable', params: {} }),
      };
      return { root: null, errors: [diagnostic] };
    }
    const diagnostic: PermissionDiagnostic = {
      ...rangeAt(text, error.from, error.to),
      severity: 'error',
      kind: 'syntax',
      ...described(error.problem),
    };
    return { root: null, errors: [diagnostic] };
  }
}
