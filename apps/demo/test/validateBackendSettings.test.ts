import { describe, expect, it } from 'vitest';
import { defaultBackendSettings } from '../src/backend/BackendSettings';
import { validateBackendSettings } from '../src/backend/validateBackendSettings';

describe('validateBackendSettings', () => {
  it('accepts an absolute http(s) base URL', () => {
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'http://127.0.0.1:5173/boosted' })).toEqual({});
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'https://api.example.com' })).toEqual({});
  });

  it('asks for a base URL, and refuses relative or non-http ones', () => {
    expect(validateBackendSettings(defaultBackendSettings).baseUrl).toBe('Enter the base URL.');
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: '/boosted' }).baseUrl).toMatch(/absolute http\(s\) URL/);
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'ftp://example.com' }).baseUrl).toMatch(/absolute http\(s\) URL/);
  });

  it('asks Assistants for the assistant id', () => {
    const errors = validateBackendSettings({ ...defaultBackendSettings, dialect: 'assistants', baseUrl: 'https://api.openai.com/v1' });
    expect(errors).toEqual({ assistantId: 'Enter the assistant id (asst_…).' });
  });

  it('refuses a token pasted with its "Bearer" prefix', () => {
    const errors = validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'https://api.example.com', token: 'Bearer abc' });
    expect(errors.token).toMatch(/without "Bearer"/);
  });
});
