import { describe, expect, it } from 'vitest';
import { checkBuildEnv } from './build-env';

describe('checkBuildEnv', () => {
  it('with nothing set: demo mode and the documented defaults', () => {
    expect(checkBuildEnv({})).toEqual({
      apiBaseUrl: '',
      mockMode: true,
      idleTimeoutMinutes: 30,
      apiTimeoutMs: 10_000,
    });
  });

  it('a backend origin turns demo mode off; a trailing slash is dropped', () => {
    const env = checkBuildEnv({
      VITE_API_BASE_URL: 'https://dashboard-api.example.go.kr/',
      VITE_IDLE_TIMEOUT_MINUTES: '15',
      VITE_API_TIMEOUT_MS: '5000',
    });
    expect(env).toEqual({
      apiBaseUrl: 'https://dashboard-api.example.go.kr',
      mockMode: false,
      idleTimeoutMinutes: 15,
      apiTimeoutMs: 5000,
    });
  });

  it('a malformed setting fails, naming the variable', () => {
    expect(() => checkBuildEnv({ VITE_IDLE_TIMEOUT_MINUTES: 'thirty' })).toThrow(
      /VITE_IDLE_TIMEOUT_MINUTES/,
    );
    expect(() => checkBuildEnv({ VITE_API_TIMEOUT_MS: '-1' })).toThrow(/VITE_API_TIMEOUT_MS/);
    expect(() => checkBuildEnv({ VITE_API_TIMEOUT_MS: '2.5' })).toThrow(/VITE_API_TIMEOUT_MS/);
  });
});
