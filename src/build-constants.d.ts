/**
 * Written in by the build (vite.config.ts `define`) as a literal `true` or `false`, so the code
 * of the other mode is dropped from the bundle: a build for the real server carries neither the
 * mock API nor the demo accounts.
 */
declare const __MOCK_MODE__: boolean;
