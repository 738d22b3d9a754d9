// Stored permission documents are validated by the permission engine, over HTTP.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';

const { t, root } = useTestApp();

const doc = (...statements: object[]): string => JSON.stringify({ statements }, null, 2);
const userPath = (name: string) => `${t.operatorPath}/users/${name}`;

async function createUser(name: string, password: string, permission?: string): Promise<void> {
  expect((await t.call({ method: 'POST', url: userPath(name), headers: root })).statusCode).toBe(201);
  expect(
    (
      await t.call({
        method: 'POST',
        url: `${userPath(name)}/password`,
        headers: root,
        payload: { password },
      })
    ).statusCode,
  ).toBe(201);
  if (permission !== undefined) await setPermission(name, permission);
}

async function setPermission(name: string, permission: string): Promise<void> {
  const res = await t.call({
    method: 'PUT',
    url: `${userPath(name)}/permission`,
    headers: root,
    payload: { permission },
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('stored documents are validated by the engine', () => {
  it('refuses an invalid user permission with the message and its line and column, and keeps the old one', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const cases: [string, string][] = [
      [
        '{"statements":[{"Effect":"allow","api":"*"}]}',
        'permission: the permission document is invalid: Statement 1 has no "effect" (it is written "Effect"; keys are case-sensitive): add "effect": "allow" or "effect": "deny" (line 1, column 16)',
      ],
      [
        '{"statements":[{"effect":"allow","api":"*","Effect":"x"}]}',
        'permission: the permission document is invalid: Unknown key "Effect" in statement 1 (did you mean "effect"? keys are case-sensitive): a statement has "effect", "api" and an optional "condition" (line 1, column 44)',
      ],
      [
        '{\n  "statements": [\n    {"effect": "allow", "api": "*",}\n  ]\n}',
        'permission: the permission document is invalid: Trailing comma: JSON does not allow a comma before } (line 3, column 35)',
      ],
      [
        '{\n  "statements": [\n    {"effect": "allow", "api": "*", "condition": "samUserName = \'x\'"}\n  ]\n}',
        "permission: the permission document is invalid: Condition: Use '==' to compare (line 3, column 63)",
      ],
    ];
    for (const [permission, message] of cases) {
      const res = await t.call({
        method: 'PUT',
        url: `${userPath('alice')}/permission`,
        headers: root,
        payload: { permission },
      });
      expect(res.statusCode, permission).toBe(400);
      expect(res.json()).toEqual({ code: 'SAM0008', message });
    }
    const stored = await t.call({ method: 'GET', url: `${userPath('alice')}/permission`, headers: root });
    expect(stored.json()).toEqual({ permission: doc({ effect: 'allow', api: 'User:listUsers' }) });
  });

  it('refuses invalid default permissions the same way, and accepts unknown API names (a warning, not an error)', async () => {
    const url = `${t.operatorPath}/users/default_permissions`;
    const bad = await t.call({
      method: 'PUT',
      url,
      headers: root,
      payload: { permissions: '{"statements":[{"effect":"permit","api":"*"}]}' },
    });
    expect(bad.json()).toEqual({
      code: 'SAM0008',
      message:
        'permissions: the permission document is invalid: "effect" must be "allow" or "deny", not "permit" (line 1, column 26)',
    });
    const unknownName = doc({ effect: 'allow', api: ['OAuth2:authorize', 'Nothing:*'] });
    expect(
      (await t.call({ method: 'PUT', url, headers: root, payload: { permissions: unknownName } })).statusCode,
    ).toBe(202);
  });
});

describe('a refused document names the token that breaks it, in the language asked for', () => {
  // Pretty-printed as the console writes it; each case breaks one line of it.
  const lines = [
    '{',
    '  "statements": [',
    '    {',
    '      "effect": "allow",',
    '      "api": "User:listUsers"',
    '    }',
    '  ]',
    '}',
  ];
  const broken = (edit: (lines: string[]) => void): string => {
    const copy = [...lines];
    edit(copy);
    return copy.join('\n');
  };

  async function refusal(permission: string, lang: 'en' | 'ja'): Promise<unknown> {
    const res = await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/default_permissions`,
      headers: { ...root, 'x-soracom-lang': lang },
      payload: { permissions: permission },
    });
    expect(res.statusCode, permission).toBe(400);
    return res.json();
  }

  it('places syntax errors where the console marks them, not on line 1', async () => {
    const cases: [string, string, string][] = [
      [
        broken((l) => (l[3] = '      "effect": "allow"')),
        `Expected ',' or '}' but found '"' (line 5, column 7)`,
        `5 行 7 列: ',' または '}' が来るはずの位置に '"' があります。`,
      ],
      [
        broken((l) => (l[3] = '      "effect": "allow,')),
        'Unterminated string: a line break cannot appear inside a string (write \\n) (line 4, column 17)',
        '4 行 17 列: 文字列が閉じていません。文字列の中では改行できません (\\n と書きます)。',
      ],
      [
        broken((l) => (l[7] = '')),
        "Unexpected end of the document: expected '}' to close the object opened at line 1, column 1 (line 7, column 4)",
        '7 行 4 列: ドキュメントが途中で終わっています。1 行 1 列で始まるオブジェクトを閉じる } がありません。',
      ],
    ];
    for (const [permission, english, japanese] of cases) {
      expect(await refusal(permission, 'en')).toEqual({
        code: 'SAM0008',
        message: `permissions: the permission document is invalid: ${english}`,
      });
      expect(await refusal(permission, 'ja')).toEqual({
        code: 'SAM0008',
        message: `permissions: 権限ドキュメントが正しくありません: ${japanese}`,
      });
    }
  });

  it('words shape and condition errors in Japanese too, with no English left in the detail', async () => {
    const permission = doc({ effect: 'allow', api: '*', condition: "samUserName = 'x'" });
    const english = await refusal(permission, 'en');
    expect(english).toEqual({
      code: 'SAM0008',
      message:
        "permissions: the permission document is invalid: Condition: Use '==' to compare (line 6, column 33)",
    });
    const japanese = await refusal(permission, 'ja');
    expect(japanese).toMatchObject({ code: 'SAM0008' });
    const message = (japanese as { message: string }).message;
    expect(message).toMatch(/^permissions: 権限ドキュメントが正しくありません: 6 行 33 列: /);
    expect(message).not.toMatch(/compare|Condition|line/);
  });
});
