// The users' form rules: the server's limits from sam-rules, first broken rule per field, values passed on when all hold.
import { describe, expect, it } from 'vitest';
import type { FieldValues, Resolver } from 'react-hook-form';
import en from '../../i18n/messages/en/index.ts';
import {
  changePasswordResolver as changePassword,
  createUserResolver as createUser,
  setPasswordResolver as setPassword,
} from './user-form-rules.ts';

const createUserResolver = createUser(en);
const setPasswordResolver = setPassword(en);
const changePasswordResolver = changePassword(en);

async function check<T extends FieldValues>(resolver: Resolver<T>, values: T) {
  const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const messages: Record<string, string | undefined> = {};
  for (const [field, error] of Object.entries(result.errors)) messages[field] = error?.message as string;
  return { values: result.values, messages };
}

describe('user form rules', () => {
  it('takes a user name the server takes, and names the part of the rule a refused one breaks', async () => {
    expect((await check(createUserResolver, { userName: 'a.b@c+d', description: '' })).messages).toEqual({});
    expect((await check(createUserResolver, { userName: '', description: '' })).messages).toEqual({
      userName: 'Enter a user name.',
    });
    expect((await check(createUserResolver, { userName: 'no spaces', description: '' })).messages).toEqual({
      userName: "' ' (space) is not allowed. Use letters, digits and _ - . @ + = ,",
    });
    expect((await check(createUserResolver, { userName: 'a/b#c/', description: '' })).messages).toEqual({
      userName: "'/' and '#' are not allowed. Use letters, digits and _ - . @ + = ,",
    });
    expect(
      (await check(createUserResolver, { userName: 'x'.repeat(101), description: '' })).messages,
    ).toEqual({
      userName: 'Too long: 101 of 100 characters.',
    });
    expect((await check(createUserResolver, { userName: '..', description: '' })).messages).toEqual({
      userName: "'..' is reserved and cannot be used.",
    });
  });

  it('refuses a description over 1000 characters, saying by how much', async () => {
    const { messages } = await check(createUserResolver, { userName: 'ok', description: 'd'.repeat(1001) });
    expect(messages.description).toBe('Too long: 1001 of 1000 characters.');
  });

  it('says the same in Japanese', async () => {
    const ja = (await import('../../i18n/messages/ja/index.ts')).default;
    const inJapanese = createUser(ja);
    expect((await check(inJapanese, { userName: 'a/b', description: 'd'.repeat(1001) })).messages).toEqual({
      userName: '「/」は使えません。使える文字は英字、数字、および _ - . @ + = , です。',
      description: '長すぎます。1000 文字までです (現在 1001 文字)。',
    });
    expect((await check(setPassword(ja), { password: 'short', confirm: 'short' })).messages).toEqual({
      password: '短すぎます。8 文字以上必要です (現在 5 文字)。',
    });
  });

  it('asks for 8 characters and a matching confirmation', async () => {
    expect((await check(setPasswordResolver, { password: 'short', confirm: 'short' })).messages).toEqual({
      password: 'Too short: 5 of at least 8 characters.',
    });
    expect(
      (await check(setPasswordResolver, { password: 'x'.repeat(1025), confirm: 'x'.repeat(1025) })).messages,
    ).toEqual({ password: 'Too long: 1025 of 1024 characters.' });
    expect(
      (await check(setPasswordResolver, { password: 'long enough', confirm: 'long enougH' })).messages,
    ).toEqual({ confirm: en.users.rules.passwordsDiffer });
    const ok = await check(setPasswordResolver, { password: 'long enough', confirm: 'long enough' });
    expect(ok.messages).toEqual({});
    expect(ok.values).toEqual({ password: 'long enough', confirm: 'long enough' });
  });

  it('asks for the current password when changing it', async () => {
    const { messages } = await check(changePasswordResolver, {
      currentPassword: '',
      newPassword: 'long enough',
      confirm: 'long enough',
    });
    expect(messages).toEqual({ currentPassword: en.users.rules.currentPassword });
  });
});
