// The e2e run's constants: the port the server listens on and the seeded root's credentials (test values, never real ones).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8790);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ROOT = { email: 'e2e-root@sam-console.test', password: 'e2e-root-password-2026' } as const;
