import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('server settings', () => {
  it('takes defaults, and demo mode is off in production unless asked for', () => {
    expect(loadConfig({}, '/app')).toMatchObject({
      port: 3000,
      demo: true,
      databaseUrl: null,
      trustProxy: false,
    });
    expect(loadConfig({ NODE_ENV: 'production' }, '/app').demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_MODE: 'true' }, '/app').demo).toBe(true);
  });

  it('trusts a proxy only by its address or a hop count, never everyone', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' }, '/app').trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
    ]);
    expect(loadConfig({ TRUST_PROXY: '1' }, '/app').trustProxy).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY: 'true' }, '/app')).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'evil.example' }, '/app')).toThrow(/TRUST_PROXY/);
  });

  it('names the variable that is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/app')).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, '/app')).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ IDLE_TIMEOUT_MINUTES: '0' }, '/app')).toThrow(/IDLE_TIMEOUT_MINUTES/);
    expect(() => loadConfig({ DEMO_MODE: 'perhaps' }, '/app')).toThrow(/DEMO_MODE/);
  });
});
