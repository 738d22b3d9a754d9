// Error bodies in both shapes Soracom documents become the same ApiError; anything else still reads well.
import { describe, expect, it } from 'vitest';
import { describeApiError, parseRetryAfter, toApiError } from './api-error.ts';

describe('toApiError', () => {
  it('reads the flat {code, message} body', () => {
    expect(toApiError(404, { code: 'SAM0301', message: 'No such user.' }, 'User:getUser')).toMatchObject({
      status: 404,
      code: 'SAM0301',
      message: 'No such user.',
      operation: 'User:getUser',
    });
  });

  it('reads the nested {errorMessage: {code, message}, httpStatus} body', () => {
    const error = toApiError(
      400,
      { errorMessage: { code: 'COM0001', message: 'Invalid request.' }, httpStatus: 400 },
      'User:updateUser',
    );
    expect(error).toMatchObject({ status: 400, code: 'COM0001', message: 'Invalid request.' });
  });

  it('falls back to the status when a body of either shape lacks a message', () => {
    expect(toApiError(500, { errorMessage: { code: 'COM0003' } }, 'User:listUsers')).toMatchObject({
      code: 'COM0003',
      message: 'The server answered 500.',
    });
    expect(toApiError(502, { unexpected: true }, 'User:listUsers')).toMatchObject({
      code: 'UNKNOWN',
      message: 'The server answered 502.',
    });
  });

  it('keeps a short text body and ignores a long one', () => {
    expect(toApiError(503, ' Service Unavailable ', 'User:listUsers').message).toBe('Service Unavailable');
    expect(toApiError(503, '<html>'.padEnd(400, 'x'), 'User:listUsers').message).toBe(
      'The server answered 503.',
    );
  });

  it('names the missing permission of a nested-shape 403', () => {
    const error = toApiError(
      403,
      { errorMessage: { code: 'AUM0002', message: 'Forbidden.' }, httpStatus: 403 },
      'User:createUser',
    );
    expect(describeApiError(error)).toBe('Not allowed: your permissions lack User:createUser. Forbidden.');
  });
});

describe('a 429', () => {
  it('says how long to wait from Retry-After, whatever code came with it', () => {
    const ours = toApiError(
      429,
      { code: 'SAM0429', message: 'x' },
      'Auth:auth',
      new Headers({ 'retry-after': '17' }),
    );
    const soracoms = toApiError(
      429,
      { code: 'COM0429', message: 'y' },
      'Auth:auth',
      new Headers({ 'retry-after': '17' }),
    );
    expect(ours.retryAfterSeconds).toBe(17);
    expect(describeApiError(ours)).toBe('Too many attempts, try again in 17 s.');
    expect(describeApiError(soracoms)).toBe(describeApiError(ours));
  });

  it('reads an HTTP date in Retry-After, and says "later" without one', () => {
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(describeApiError(toApiError(429, {}, 'Auth:auth'))).toBe('Too many attempts, try again later.');
  });
});
