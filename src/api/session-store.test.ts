// @vitest-environment jsdom
// The session store: what survives the end of a session (the chosen language of API messages) and what does not.
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearSession,
  currentLang,
  readSession,
  setLanguageBeforeSignIn,
  writeSession,
  type Session,
} from './session-store.ts';

const session = (lang: Session['lang']): Session => ({
  apiKey: 'api-key',
  token: 'token',
  operatorId: 'OP0000000001',
  method: 'root',
  lang,
});

afterEach(() => {
  clearSession();
  setLanguageBeforeSignIn('en');
});

describe('clearSession', () => {
  it('forgets the credentials but keeps the language the session used, for the sign-in page that follows', () => {
    setLanguageBeforeSignIn('en');
    writeSession(session('ja'));
    expect(currentLang()).toBe('ja');
    clearSession();
    expect(readSession()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(currentLang()).toBe('ja');
  });

  it('keeps English when the session was in English', () => {
    setLanguageBeforeSignIn('ja');
    writeSession(session('en'));
    clearSession();
    expect(currentLang()).toBe('en');
  });

  it('leaves a chosen language alone when there was no session to end', () => {
    setLanguageBeforeSignIn('ja');
    clearSession();
    expect(currentLang()).toBe('ja');
  });
});
