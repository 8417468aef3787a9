import type { ThreadStreamOptions } from '@threadline/headless/react';
import type { BackendSettings } from './BackendSettings';
import { devProxy } from './devProxy';

/**
 * The request headers for the backend: the token as a bearer token, and with the dev proxy,
 * the real base URL for the proxy to forward to. Built per request, never put in a URL.
 */
export function backendHeaders(settings: BackendSettings): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = settings.token.trim();
  if (token !== '') headers.authorization = `Bearer ${token}`;
  if (settings.useProxy) headers[devProxy.targetHeader] = settings.baseUrl.trim();
  return headers;
}

/** Where requests go: the base URL, or the dev proxy on `origin` standing in for it. */
export function backendBaseUrl(settings: BackendSettings, origin: string): string {
  return settings.useProxy ? `${origin}${devProxy.path}` : settings.baseUrl.trim();
}

/** The `useThreadStream` options for the backend the settings describe. */
export function toBackendConnection(settings: BackendSettings, origin: string): ThreadStreamOptions {
  const baseUrl = backendBaseUrl(settings, origin);
  const headers = () => backendHeaders(settings);
  switch (settings.dialect) {
    case 'boosted': {
      return { dialect: 'boosted', baseUrl, headers };
    }
    case 'assistants': {
      return { dialect: 'assistants', baseUrl, headers, assistantId: settings.assistantId.trim() };
    }
    case 'teammate': {
      return { dialect: 'teammate', baseUrl, headers };
    }
    case 'chatkit': {
      return { dialect: 'chatkit', baseUrl, headers };
    }
    default: {
      settings.dialect satisfies never;
      throw new Error(`Unknown dialect ${String(settings.dialect)}`);
    }
  }
}
