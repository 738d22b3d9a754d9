// Turns the first Ajv error of a failed schema check into a catalogue error that names the field.
import { ApiFailure } from './errors.ts';

export interface AjvErrorLike {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const USER_NAME_FIELDS = new Set(['user_name', 'userName']);
const ROLE_ID_FIELDS = new Set(['role_id', 'roleId']);
// A user name that breaks any part of its rule gets the one message that states the whole rule.
const USER_NAME_RULE_KEYWORDS = new Set(['pattern', 'minLength', 'maxLength']);

function fieldPath(instancePath: string, child?: unknown): string {
  const parts = instancePath.split('/').filter((p) => p !== '');
  if (typeof child === 'string') parts.push(child);
  return parts.join('.');
}

const TYPE_NAMES: Record<string, { en: string; ja: string }> = {
  string: { en: 'a string', ja: '文字列' },
  integer: { en: 'an integer', ja: '整数' },
  number: { en: 'a number', ja: '数値' },
  boolean: { en: 'true or false', ja: '真偽値' },
  object: { en: 'a JSON object', ja: 'JSON オブジェクト' },
  array: { en: 'an array', ja: '配列' },
};

function typeNames(type: unknown): { type_en: string; type_ja: string } {
  const names = (Array.isArray(type) ? type : [type]).map(
    (t) => TYPE_NAMES[String(t)] ?? { en: String(t), ja: String(t) },
  );
  return { type_en: names.map((n) => n.en).join(' or '), type_ja: names.map((n) => n.ja).join('または') };
}

export function validationFailure(error: AjvErrorLike | undefined, context: string | undefined): ApiFailure {
  if (!error) return new ApiFailure('SAM0000');
  const { instancePath, keyword, params } = error;
  const field = fieldPath(instancePath) || (context === 'params' ? 'path' : 'body');
  const limit = String(params.limit ?? '');
  if (USER_NAME_FIELDS.has(field) && USER_NAME_RULE_KEYWORDS.has(keyword))
    return new ApiFailure('SAM0006', { field });
  if (ROLE_ID_FIELDS.has(field) && USER_NAME_RULE_KEYWORDS.has(keyword))
    return new ApiFailure('SAM0011', { field });
  switch (keyword) {
    case 'required':
      return new ApiFailure('SAM0002', { field: fieldPath(instancePath, params.missingProperty) });
    case 'additionalProperties':
      return new ApiFailure('SAM0003', { field: fieldPath(instancePath, params.additionalProperty) });
    case 'type':
      return new ApiFailure('SAM0004', { field, ...typeNames(params.type) });
    case 'pattern':
      return new ApiFailure('SAM0005', {
        field,
        rule_en: 'has characters that are not allowed',
        rule_ja: '使用できない文字が含まれています',
      });
    case 'minLength':
      return new ApiFailure('SAM0005', {
        field,
        rule_en: `must be at least ${limit} characters`,
        rule_ja: `${limit} 文字以上でなければなりません`,
      });
    case 'maxLength':
      return new ApiFailure('SAM0005', {
        field,
        rule_en: `must be at most ${limit} characters`,
        rule_ja: `${limit} 文字以下でなければなりません`,
      });
    case 'minimum':
      return new ApiFailure('SAM0005', {
        field,
        rule_en: `must be at least ${limit}`,
        rule_ja: `${limit} 以上でなければなりません`,
      });
    case 'maximum':
      return new ApiFailure('SAM0005', {
        field,
        rule_en: `must be at most ${limit}`,
        rule_ja: `${limit} 以下でなければなりません`,
      });
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : '';
      return new ApiFailure('SAM0005', {
        field,
        rule_en: `must be one of: ${allowed}`,
        rule_ja: `次のいずれかでなければなりません: ${allowed}`,
      });
    }
    default:
      return new ApiFailure('SAM0005', { field, rule_en: 'is not valid', rule_ja: '値が正しくありません' });
  }
}
