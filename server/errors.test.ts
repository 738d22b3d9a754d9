// The error catalogue: documented in full, in two languages, and chosen by X-Soracom-Lang.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ERROR_DOC_PATH, withCurrentTable } from './error-catalogue-doc.ts';
import { ERROR_CATALOGUE, langOf } from './errors.ts';
import { useTestApp } from './use-test-app.ts';

describe('the catalogue', () => {
  it('is documented in docs/error-codes.md exactly as it stands', () => {
    const doc = readFileSync(ERROR_DOC_PATH, 'utf8');
    expect(doc).toBe(withCurrentTable(doc));
    for (const code of Object.keys(ERROR_CATALOGUE)) expect(doc).toContain(`| ${code} |`);
  });

  it('has well-formed codes and a distinct Japanese message for every entry', () => {
    const params = new Proxy<Record<string, string>>({}, { get: (_target, key) => `<${String(key)}>` });
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^[A-Z]{3}[0-9]{4}$/);
      expect(entry.ja(params), code).not.toBe(entry.en(params));
      expect(entry.en(params).length, code).toBeGreaterThan(10);
    }
  });

  it('picks Japanese for ja and ja-JP, English otherwise', () => {
    expect(langOf('ja')).toBe('ja');
    expect(langOf('ja-JP')).toBe('ja');
    expect(langOf('en')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
});

describe('Japanese answers', () => {
  const { t, root } = useTestApp();
  let headers: Record<string, string>;
  beforeEach(() => {
    headers = { ...root, 'x-soracom-lang': 'ja' };
  });

  it('come back for validation, not-found, conflicts and 401', async () => {
    const short = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/alice`,
      headers,
      payload: { description: 5 },
    });
    expect(short.json()).toEqual({ code: 'SAM0004', message: 'description: 文字列でなければなりません' });
    const missing = await t.call({ method: 'GET', url: `${t.operatorPath}/users/ghost`, headers });
    expect(missing.json()).toEqual({ code: 'SAM0301', message: "SAM ユーザー 'ghost' は存在しません。" });
    await t.call({ method: 'POST', url: `${t.operatorPath}/users/alice`, headers });
    const taken = await t.call({ method: 'POST', url: `${t.operatorPath}/users/alice`, headers });
    expect(taken.json().message).toBe("SAM ユーザー 'alice' はすでに存在します。");
    const password = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/alice/password`,
      headers,
      payload: { password: 'short' },
    });
    expect(password.json().message).toBe('password: 8 文字以上でなければなりません');
    const anonymous = await t.call({
      method: 'GET',
      url: `${t.operatorPath}/users`,
      headers: { 'x-soracom-lang': 'ja' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toMatch(/ヘッダーが必要です/);
  });
});
