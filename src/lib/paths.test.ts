// The path builders: what the router matches, links point at, and e2e specs expect, from one place.
import { describe, expect, it } from 'vitest';
import { isUserTab, paths, safeNextPath } from './paths.ts';

describe('paths', () => {
  it('builds a user page per tab, the overview by default, with the name encoded', () => {
    expect(paths.user('alice')).toBe('/users/alice/overview');
    expect(paths.user('a b/c', 'auth-keys')).toBe('/users/a%20b%2Fc/auth-keys');
  });

  it('puts the list search in `q` only when there is one', () => {
    expect(paths.users()).toBe('/users');
    expect(paths.users({ q: 'made by e2e' })).toBe('/users?q=made+by+e2e');
  });

  it('builds the sign-in address: next, then why, then the form (root is the default and left out)', () => {
    expect(paths.signIn()).toBe('/sign-in');
    expect(paths.signIn({ next: '/users/alice/password', reason: 'expired', method: 'user' })).toBe(
      '/sign-in?next=%2Fusers%2Falice%2Fpassword&reason=expired&method=user',
    );
    expect(paths.signIn({ next: '/users', method: 'root' })).toBe('/sign-in?next=%2Fusers');
  });

  it('knows the user tabs', () => {
    expect(isUserTab('mfa')).toBe(true);
    expect(isUserTab('secrets')).toBe(false);
    expect(isUserTab(undefined)).toBe(false);
  });
});

describe('safeNextPath', () => {
  it('follows same-app paths only, and never back to the sign-in page', () => {
    expect(safeNextPath('/users/alice/mfa')).toBe('/users/alice/mfa');
    // Nowhere better: the landing route ('/'), which sends each principal to the list or their own page.
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/sign-in?next=%2Fusers')).toBe('/');
  });
});
