import type { DialectName } from '@threadline/headless';

/** What the backend page connects with. */
export interface BackendSettings {
  dialect: DialectName;
  /** The API root (Boosted before `/v2`, Assistants `…/v1`, Teammate `…/api/v2`) or the ChatKit endpoint. */
  baseUrl: string;
  /** Sent as `authorization: Bearer <token>` when not empty. */
  token: string;
  /** Assistants: the assistant that runs. */
  assistantId: string;
  /** Boosted: an existing thread to open; empty offers to create one. */
  threadId: string;
  /** Route every request through the dev server's proxy (for APIs without CORS). */
  useProxy: boolean;
  /** Keep these settings, token included, in localStorage. */
  remember: boolean;
}

/** The form's values before anything was entered. */
export const defaultBackendSettings: BackendSettings = {
  dialect: 'boosted',
  baseUrl: '',
  token: '',
  assistantId: '',
  threadId: '',
  useProxy: false,
  remember: false,
};
