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

  it('refuses credentials in the base URL, which would travel in errors and the proxy header', () => {
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'https://sk-secret@api.example.com' }).baseUrl).toMatch(/Token field, not in the URL/);
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'https://user:sk-secret@api.example.com/v1' }).baseUrl).toMatch(/Token field, not in the URL/);
  });

  it('refuses a token with characters a header cannot carry, whose fetch error would quote the token', () => {
    for (const token of ['sk-secret\u0000', 'sk-\u001bsecret', 'sk-secret\u007f', 'sk-sécret\u20ac']) {
      expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'https://api.example.com', token }).token).toMatch(/no header can carry/);
    }
    expect(validateBackendSettings({ ...defaultBackendSettings, baseUrl: 'https://api.example.com', token: 'sk-proj-AbC_123.xyz' })).toEqual({});
  });
});
