// The users' form rules: the server's limits from sam-rules, first broken rule per field, values passed on when all hold.
import { describe, expect, it } from 'vitest';
import type { FieldValues, Resolver } from 'react-hook-form';
import { PASSWORD_RULE, USER_NAME_RULE } from '../../lib/sam-rules.ts';
import en from '../../i18n/messages/en/index.ts';
import {
  changePasswordResolver as changePassword,
  createUserResolver as createUser,
  setPasswordResolver as setPassword,
} from './user-form-rules.ts';

const createUserResolver = createUser(en.users.rules);
const setPasswordResolver = setPassword(en.users.rules);
const changePasswordResolver = changePassword(en.users.rules);

async function check<T extends FieldValues>(resolver: Resolver<T>, values: T) {
  const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  const messages: Record<string, string | undefined> = {};
  for (const [field, error] of Object.entries(result.errors)) messages[field] = error?.message as string;
  return { values: result.values, messages };
}

describe('user form rules', () => {
  it('takes a user name the server takes, and refuses one it refuses with the server rule', async () => {
    expect((await check(createUserResolver, { userName: 'a.b@c+d', description: '' })).messages).toEqual({});
    expect((await check(createUserResolver, { userName: 'no spaces', description: '' })).messages).toEqual({
      userName: USER_NAME_RULE,
    });
    expect(
      (await check(createUserResolver, { userName: 'x'.repeat(101), description: '' })).messages,
    ).toEqual({
      userName: USER_NAME_RULE,
    });
  });

  it('refuses a description over 1000 characters', async () => {
    const { messages } = await check(createUserResolver, { userName: 'ok', description: 'd'.repeat(1001) });
    expect(messages.description).toMatch(/at most 1000/);
  });

  it('asks for 8 characters and a matching confirmation', async () => {
    expect((await check(setPasswordResolver, { password: 'short', confirm: 'short' })).messages).toEqual({
      password: PASSWORD_RULE,
    });
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
