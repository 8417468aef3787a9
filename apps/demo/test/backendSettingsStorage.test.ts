// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackendSettings } from '../src/backend/BackendSettings';

const settings: BackendSettings = {
  dialect: 'assistants',
  baseUrl: 'https://api.example.com/v1',
  token: 'sk-secret',
  assistantId: 'asst_1',
  threadId: '',
  useProxy: true,
  remember: false,
};

// The module keeps the tab's settings in a variable: each test loads it afresh.
async function loadStorage() {
  vi.resetModules();
  return (await import('../src/backend/backendSettingsStorage')).backendSettingsStorage;
}

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

describe('backendSettingsStorage', () => {
  it('starts from the defaults, with no token', async () => {
    const storage = await loadStorage();
    expect(storage.load()).toMatchObject({ dialect: 'boosted', baseUrl: '', token: '', remember: false });
  });

  it('keeps settings saved without "remember" in memory only', async () => {
    const storage = await loadStorage();
    storage.save(settings);

    expect(storage.load()).toEqual(settings);
    expect(window.localStorage.length).toBe(0);
    expect(storage.isStored()).toBe(false);
    expect((await loadStorage()).load().token).toBe('');
  });

  it('stores settings, token included, in localStorage with "remember", and reads them after a reload', async () => {
    const storage = await loadStorage();
    storage.save({ ...settings, remember: true });

    expect(window.localStorage.getItem('threadline-demo:backend')).toContain('sk-secret');
    const reloaded = await loadStorage();
    expect(reloaded.load()).toEqual({ ...settings, remember: true });
  });

  it('removes the stored copy when settings are saved without "remember" or forgotten', async () => {
    const storage = await loadStorage();
    storage.save({ ...settings, remember: true });
    storage.save(settings);
    expect(window.localStorage.length).toBe(0);

    storage.save({ ...settings, remember: true });
    storage.forget();
    expect(window.localStorage.length).toBe(0);
  });

  it('ignores a stored value that is not its own', async () => {
    window.localStorage.setItem('threadline-demo:backend', '{not json');
    expect((await loadStorage()).load().baseUrl).toBe('');

    window.localStorage.setItem('threadline-demo:backend', JSON.stringify({ dialect: 'gopher', baseUrl: 42, token: 'x' }));
    expect((await loadStorage()).load()).toMatchObject({ dialect: 'boosted', baseUrl: '', token: 'x', remember: true });
  });
});
