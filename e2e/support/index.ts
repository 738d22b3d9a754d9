// The e2e helpers in one import: API seeding, page helpers and the run's constants.
export * from './env.ts';
export * from './api.ts';
export * from './pages.ts';
