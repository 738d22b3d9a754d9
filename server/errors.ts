// The one catalogue of error codes the local SAM API answers with, in English and Japanese.
import { USER_NAME_RULE } from '../src/lib/sam-rules.ts';

export type Lang = 'en' | 'ja';
type Params = Record<string, string | number>;

interface CatalogueEntry {
  status: number;
  en: (p: Params) => string;
  ja: (p: Params) => string;
}

const s = (p: Params, key: string): string => String(p[key] ?? '');

/**
 * Every code the server can answer with. docs/error-codes.md renders this table; a test keeps
 * the two in step.
 */
export const ERROR_CATALOGUE = {
  // Malformed requests (400).
  SAM0000: {
    status: 400,
    en: () => 'The request could not be understood.',
    ja: () => 'リクエストを解釈できませんでした。',
  },
  SAM0001: {
    status: 400,
    en: () => 'The request body is not valid JSON.',
    ja: () => 'リクエストボディが正しい JSON ではありません。',
  },
  SAM0002: {
    status: 400,
    en: (p) => `${s(p, 'field')}: is required`,
    ja: (p) => `${s(p, 'field')}: 必須の項目です`,
  },
  SAM0003: {
    status: 400,
    en: (p) => `unknown field '${s(p, 'field')}'`,
    ja: (p) => `不明な項目 '${s(p, 'field')}' があります`,
  },
  SAM0004: {
    status: 400,
    en: (p) => `${s(p, 'field')}: must be ${s(p, 'type_en')}`,
    ja: (p) => `${s(p, 'field')}: ${s(p, 'type_ja')}でなければなりません`,
  },
  SAM0005: {
    status: 400,
    en: (p) => `${s(p, 'field')}: ${s(p, 'rule_en')}`,
    ja: (p) => `${s(p, 'field')}: ${s(p, 'rule_ja')}`,
  },
  SAM0006: {
    status: 400,
    // The rule the console's forms show too, lower-cased after the field name.
    en: (p) => `${s(p, 'field')}: ${USER_NAME_RULE.charAt(0).toLowerCase()}${USER_NAME_RULE.slice(1)}`,
    ja: (p) => `${s(p, 'field')}: ユーザー名は 1〜100 文字の英数字と _ - . @ + = , で指定してください`,
  },
  SAM0007: {
    status: 400,
    en: () =>
      'Sign in with exactly one of: email and password; operatorId, userName and password; authKeyId and authKey.',
    ja: () =>
      'サインインには email と password、operatorId と userName と password、authKeyId と authKey のいずれか一組だけを指定してください。',
  },
  SAM0008: {
    status: 400,
    en: (p) => `${s(p, 'field')}: the permission document is invalid: ${s(p, 'detail')}`,
    ja: (p) => `${s(p, 'field')}: 権限ドキュメントが正しくありません: ${s(p, 'detail_ja')}`,
  },
  SAM0009: {
    status: 400,
    en: (p) =>
      `${s(p, 'field')}: '${s(p, 'value')}' cannot be used: it would name another path (a dot segment or a sub-resource)`,
    ja: (p) =>
      `${s(p, 'field')}: '${s(p, 'value')}' は使用できません。別のパス（ドットセグメントまたはサブリソース）を指してしまいます`,
  },
  SAM0010: {
    status: 400,
    en: (p) => `${s(p, 'field')}: the trust policy is invalid: ${s(p, 'detail')}`,
    ja: (p) => `${s(p, 'field')}: 信頼ポリシーが正しくありません: ${s(p, 'detail_ja')}`,
  },
  SAM0011: {
    status: 400,
    en: (p) =>
      `${s(p, 'field')}: a role ID is 1 to 100 characters: letters, digits and _ - . @ + = , (a colon only in a Soracom managed role's SRN)`,
    ja: (p) =>
      `${s(p, 'field')}: ロール ID は 1〜100 文字の英数字と _ - . @ + = , で指定してください（コロンは Soracom 管理ロールの SRN のみ）`,
  },
  SAM0012: {
    status: 400,
    en: () => 'This operation takes no request body.',
    ja: () => 'この操作にはリクエストボディを指定できません。',
  },
  SAM0013: {
    status: 400,
    en: () => 'The request holds text that is not valid Unicode (a lone surrogate or broken UTF-8).',
    ja: () => 'リクエストに正しくない Unicode の文字列 (単独のサロゲートや壊れた UTF-8) が含まれています。',
  },

  // Authentication (401).
  AUM0001: {
    status: 401,
    en: () => 'The X-Soracom-API-Key and X-Soracom-Token headers are required.',
    ja: () => 'X-Soracom-API-Key ヘッダーと X-Soracom-Token ヘッダーが必要です。',
  },
  AUM0002: {
    status: 401,
    en: () => 'The API key or token is invalid or has expired. Sign in again.',
    ja: () => 'API キーまたはトークンが無効か、有効期限が切れています。もう一度サインインしてください。',
  },
  SAM0101: {
    status: 401,
    en: () => 'Sign-in failed: the credentials are not correct.',
    ja: () => 'サインインに失敗しました。認証情報が正しくありません。',
  },
  SAM0104: {
    status: 401,
    en: () => 'MFA code required: this user has MFA enabled; send mfaOTPCode.',
    ja: () => 'MFA コードが必要です。このユーザーは MFA が有効です。mfaOTPCode を指定してください。',
  },
  SAM0105: {
    status: 401,
    en: () => 'Sign-in failed: the MFA code is not correct or was already used.',
    ja: () => 'サインインに失敗しました。MFA コードが正しくないか、すでに使用されています。',
  },

  // Access (403).
  SAM0201: {
    status: 403,
    en: (p) => `This user may not call ${s(p, 'api')}.`,
    ja: (p) => `このユーザーには ${s(p, 'api')} を呼び出す権限がありません。`,
  },
  SAM0202: {
    status: 403,
    en: () => 'This session may only reach its own operator.',
    ja: () => 'このセッションは自分のオペレーター以外にはアクセスできません。',
  },

  // SAM users and their credentials.
  SAM0301: {
    status: 404,
    en: (p) => `No SAM user named '${s(p, 'userName')}'.`,
    ja: (p) => `SAM ユーザー '${s(p, 'userName')}' は存在しません。`,
  },
  SAM0302: {
    status: 400,
    en: (p) => `A SAM user named '${s(p, 'userName')}' already exists.`,
    ja: (p) => `SAM ユーザー '${s(p, 'userName')}' はすでに存在します。`,
  },
  SAM0303: {
    status: 400,
    en: (p) => `This operator already has the maximum of ${s(p, 'max')} SAM users.`,
    ja: (p) => `このオペレーターの SAM ユーザー数は上限の ${s(p, 'max')} に達しています。`,
  },
  SAM0304: {
    status: 404,
    en: (p) => `No AuthKey '${s(p, 'authKeyId')}' for this user.`,
    ja: (p) => `このユーザーに AuthKey '${s(p, 'authKeyId')}' は存在しません。`,
  },
  SAM0305: {
    status: 400,
    en: () => 'This user already has a password; change it with updateUserPassword.',
    ja: () => 'このユーザーにはすでにパスワードがあります。updateUserPassword で変更してください。',
  },
  SAM0306: {
    // Soracom's reference answers deleteUserPassword with 404 when no password is registered.
    status: 404,
    en: () => 'This user has no password.',
    ja: () => 'このユーザーにはパスワードが設定されていません。',
  },
  SAM0307: {
    status: 400,
    en: () => 'currentPassword: is not the current password',
    ja: () => 'currentPassword: 現在のパスワードと一致しません',
  },
  SAM0308: {
    status: 400,
    en: () => 'mfaOTPCode: the code is not correct or was already used',
    ja: () => 'mfaOTPCode: コードが正しくないか、すでに使用されています',
  },
  SAM0309: {
    status: 400,
    en: () => 'MFA is not waiting for confirmation: enable it first.',
    ja: () => 'MFA は確認待ちではありません。先に有効化してください。',
  },
  SAM0310: {
    status: 400,
    en: () => 'MFA is already active for this user: revoke it before enabling it again.',
    ja: () => 'このユーザーの MFA はすでに有効です。再度有効化する前に無効化してください。',
  },

  // Roles.
  SAM0501: {
    status: 404,
    en: (p) => `No role '${s(p, 'roleId')}'.`,
    ja: (p) => `ロール '${s(p, 'roleId')}' は存在しません。`,
  },
  SAM0502: {
    status: 400,
    en: (p) => `A role '${s(p, 'roleId')}' already exists.`,
    ja: (p) => `ロール '${s(p, 'roleId')}' はすでに存在します。`,
  },
  SAM0503: {
    status: 400,
    en: (p) => `This operator already has the maximum of ${s(p, 'max')} roles.`,
    ja: (p) => `このオペレーターのロール数は上限の ${s(p, 'max')} に達しています。`,
  },
  SAM0504: {
    status: 400,
    en: (p) =>
      `The role '${s(p, 'roleId')}' is attached to ${s(p, 'count')} user(s): detach it before deleting it.`,
    ja: (p) =>
      `ロール '${s(p, 'roleId')}' は ${s(p, 'count')} 人のユーザーにアタッチされています。削除する前にデタッチしてください。`,
  },
  SAM0505: {
    status: 400,
    en: (p) => `The role '${s(p, 'roleId')}' is already attached to this user.`,
    ja: (p) => `ロール '${s(p, 'roleId')}' はすでにこのユーザーにアタッチされています。`,
  },
  SAM0506: {
    status: 400,
    en: (p) => `roleId: there is no role '${s(p, 'roleId')}' to attach.`,
    ja: (p) => `roleId: アタッチするロール '${s(p, 'roleId')}' は存在しません。`,
  },
  SAM0507: {
    status: 404,
    en: (p) => `The role '${s(p, 'roleId')}' is not attached to this user.`,
    ja: (p) => `ロール '${s(p, 'roleId')}' はこのユーザーにアタッチされていません。`,
  },
  SAM0508: {
    status: 400,
    en: () =>
      "Only Soracom managed roles (srn:soracom:::Role:...) have versions; this is the operator's own role.",
    ja: () =>
      'バージョンがあるのは Soracom 管理ロール (srn:soracom:::Role:...) だけです。これはオペレーター自身のロールです。',
  },

  // Switching user.
  SAM0601: {
    status: 400,
    en: () =>
      'Switching to this user is not allowed: no such SAM user, or their trust policy does not allow you.',
    ja: () =>
      'このユーザーには切り替えられません。SAM ユーザーが存在しないか、信頼ポリシーで許可されていません。',
  },

  // The HTTP layer.
  SAM0404: {
    status: 404,
    en: (p) => `No such resource: ${s(p, 'method')} ${s(p, 'url')}`,
    ja: (p) => `リソースが見つかりません: ${s(p, 'method')} ${s(p, 'url')}`,
  },
  SAM0405: {
    status: 405,
    en: (p) => `Method ${s(p, 'method')} is not allowed on ${s(p, 'url')}.`,
    ja: (p) => `${s(p, 'url')} ではメソッド ${s(p, 'method')} は使用できません。`,
  },
  SAM0413: {
    status: 413,
    en: () => 'The request body is too large.',
    ja: () => 'リクエストボディが大きすぎます。',
  },
  SAM0415: {
    status: 415,
    en: () => 'The request body must be application/json.',
    ja: () => 'リクエストボディは application/json でなければなりません。',
  },
  SAM0414: {
    status: 414,
    en: () => 'The request URL is too long.',
    ja: () => 'リクエストの URL が長すぎます。',
  },
  SAM0429: {
    // Sent with a Retry-After header holding the same seconds; clients key on 429 + Retry-After.
    status: 429,
    en: (p) => `Too many failed attempts: try again in ${s(p, 'seconds')} s.`,
    ja: (p) => `失敗した試行が多すぎます。${s(p, 'seconds')} 秒後にもう一度お試しください。`,
  },
  SAM0431: {
    status: 431,
    en: () => 'The request headers are too large.',
    ja: () => 'リクエストヘッダーが大きすぎます。',
  },
  COM0003: {
    status: 500,
    en: () => 'An internal error occurred.',
    ja: () => '内部エラーが発生しました。',
  },
  AGW0005: {
    status: 502,
    en: () => 'The upstream API could not be reached.',
    ja: () => '上流の API に接続できませんでした。',
  },
} satisfies Record<string, CatalogueEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Thrown anywhere in the server; the one error handler turns it into `{code, message}`. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  readonly status: number;

  constructor(code: ErrorCode, params: Params = {}) {
    super(ERROR_CATALOGUE[code].en(params));
    this.name = 'ApiFailure';
    this.code = code;
    this.params = params;
    this.status = ERROR_CATALOGUE[code].status;
  }
}

/** Headers an error answer carries besides its body: Retry-After for a 429. */
export function failureHeaders(failure: ApiFailure): Record<string, string> {
  const seconds = failure.params.seconds;
  return failure.status === 429 && typeof seconds === 'number'
    ? { 'retry-after': String(Math.max(1, Math.ceil(seconds))) }
    : {};
}

export interface ErrorBody {
  code: string;
  message: string;
}

export function errorBody(code: ErrorCode, params: Params, lang: Lang): ErrorBody {
  const entry: CatalogueEntry = ERROR_CATALOGUE[code];
  return { code, message: entry[lang](params) };
}

/** X-Soracom-Lang: `ja` (or `ja-JP`) picks Japanese; anything else English. */
export function langOf(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
