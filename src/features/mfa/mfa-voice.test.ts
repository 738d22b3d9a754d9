// Unit tests of whom the MFA texts speak to: "you" on one's own account, the user by name on another's.
import { describe, expect, it } from 'vitest';
import en from '../../i18n/messages/en/index.ts';
import ja from '../../i18n/messages/ja/index.ts';
import { isOwnAccount, mfaVoice } from './mfa-voice.ts';

const texts = (voice: ReturnType<typeof mfaVoice>) =>
  Object.values({ ...voice, self: undefined, meaning: undefined, ...voice.meaning }).filter(
    (text): text is string => typeof text === 'string',
  );

describe('isOwnAccount', () => {
  it('is true only for the signed-in SAM user’s own name', () => {
    expect(isOwnAccount({ userName: 'alice' }, 'alice')).toBe(true);
    expect(isOwnAccount({ userName: 'alice' }, 'bob')).toBe(false);
    // Root has no user name: every user page is someone else's.
    expect(isOwnAccount({}, 'alice')).toBe(false);
    expect(isOwnAccount(null, 'alice')).toBe(false);
  });
});

describe('mfaVoice', () => {
  it('names the user on another user’s account', () => {
    const voice = mfaVoice(en.mfa, 'alice', false);
    expect(voice.title).toBe('Set up MFA for alice');
    expect(voice.activeToast).toBe(
      'MFA is now on for alice: alice will be asked for a code when signing in.',
    );
    expect(voice.meaning.ACTIVE).toContain('alice will be asked for a code');
    expect(texts(voice).filter((text) => /\byou(r)?\b/i.test(text))).toEqual([]);
  });

  it('speaks to "you" on one’s own account, and never names the user', () => {
    const voice = mfaVoice(en.mfa, 'alice', true);
    expect(voice.title).toBe('Set up MFA for your account');
    expect(voice.scanIntro).toMatch(/^Scan the code with your authenticator app/);
    expect(voice.activeToast).toContain('you will be asked for a code when you sign in');
    expect(texts(voice).filter((text) => text.includes('alice'))).toEqual([]);
    expect(texts(voice).every((text) => /\byou(r)?\b/i.test(text))).toBe(true);
  });

  it('speaks the same way in Japanese: あなた for one’s own account, the name for another’s', () => {
    expect(mfaVoice(ja.mfa, 'alice', true).title).toBe('あなたのアカウントの MFA の設定');
    expect(texts(mfaVoice(ja.mfa, 'alice', true)).filter((text) => text.includes('alice'))).toEqual([]);
    expect(mfaVoice(ja.mfa, 'alice', false).title).toBe('alice の MFA の設定');
  });
});
