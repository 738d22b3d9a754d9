// One function per API operation, named after its operationId; the operator comes from the current session.
// All are async, so even "no session" arrives as a rejected promise, like any other failure. Each area has its
// file under operations/; callers import every operation from here (or from index.ts). These files only declare:
// the build counts on it (vite.config.ts) to leave the operations the first page does not call out of the entry.
export * from './operations/auth.ts';
export * from './operations/users.ts';
export * from './operations/passwords.ts';
export * from './operations/auth-keys.ts';
export * from './operations/permissions.ts';
export * from './operations/mfa.ts';
export * from './operations/roles.ts';
export * from './operations/trust-policy.ts';
export * from './operations/console-config.ts';
export * from './operations/audit-logs.ts';
