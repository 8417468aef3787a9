import { describe, expect, it } from 'vitest';
import type { BackendSettings } from '../src/backend/BackendSettings';
import { defaultBackendSettings } from '../src/backend/BackendSettings';
import { backendHeaders, toBackendConnection } from '../src/backend/toBackendConnection';

const origin = 'http://127.0.0.1:5173';

async function headersOf(settings: BackendSettings): Promise<Record<string, string>> {
  const { headers } = toBackendConnection(settings, origin);
  return Object.fromEntries(new Headers(typeof headers === 'function' ? await headers() : headers));
}

describe('toBackendConnection', () => {
  it('talks to the base URL directly, with the token as a bearer header', async () => {
    const settings = { ...defaultBackendSettings, dialect: 'boosted' as const, baseUrl: ' https://api.example.com ', token: 'secret' };

    expect(toBackendConnection(settings, origin)).toMatchObject({ dialect: 'boosted', baseUrl: 'https://api.example.com' });
    expect(await headersOf(settings)).toEqual({ authorization: 'Bearer secret' });
  });

  it('goes through the dev proxy on this origin, naming the real base URL in a header, never in the URL', async () => {
    const settings = { ...defaultBackendSettings, dialect: 'chatkit' as const, baseUrl: 'https://example.com/chatkit', token: 'secret', useProxy: true };
    const connection = toBackendConnection(settings, origin);

    expect(connection).toMatchObject({ dialect: 'chatkit', baseUrl: 'http://127.0.0.1:5173/__proxy' });
    expect(connection.baseUrl).not.toContain('secret');
    expect(await headersOf(settings)).toEqual({ authorization: 'Bearer secret', 'x-threadline-target': 'https://example.com/chatkit' });
  });

  it('sends no authorization header without a token', () => {
    expect(backendHeaders({ ...defaultBackendSettings, baseUrl: 'https://api.example.com', token: '  ' })).toEqual({});
  });

  it("passes each dialect's own options", () => {
    const base = { ...defaultBackendSettings, baseUrl: 'https://api.example.com/v1', assistantId: ' asst_1 ' };
    expect(toBackendConnection({ ...base, dialect: 'assistants' }, origin)).toMatchObject({ dialect: 'assistants', assistantId: 'asst_1' });
    expect(toBackendConnection({ ...base, dialect: 'teammate' }, origin)).toMatchObject({ dialect: 'teammate', baseUrl: 'https://api.example.com/v1' });
  });
});
