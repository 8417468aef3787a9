import type { BackendSettings } from './BackendSettings';

/** A message per field that cannot be used as entered. */
export type BackendSettingsErrors = Partial<Record<keyof BackendSettings, string>>;

/**
 * Checks what a connection needs: an absolute http(s) base URL without credentials in it, an
 * assistant for Assistants, and a token a header can carry.
 */
export function validateBackendSettings(settings: BackendSettings): BackendSettingsErrors {
  const errors: BackendSettingsErrors = {};
  const baseUrl = settings.baseUrl.trim();
  if (baseUrl === '') {
    errors.baseUrl = 'Enter the base URL.';
  } else {
    const url = URL.canParse(baseUrl) ? new URL(baseUrl) : null;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') errors.baseUrl = 'Enter an absolute http(s) URL, such as https://api.example.com.';
    // A URL's credentials end up in error messages, logs and the proxy's target header.
    else if (url.username !== '' || url.password !== '') errors.baseUrl = 'Put the token in the Token field, not in the URL.';
  }
  if (settings.dialect === 'assistants' && settings.assistantId.trim() === '') errors.assistantId = 'Enter the assistant id (asst_…).';
  const token = settings.token.trim();
  if (/\s/.test(token)) errors.token = 'A token has no spaces. Paste the token alone, without "Bearer".';
  // Fetch refuses such a header with an error that quotes the value, token and all.
  else if (!/^[\u0020-\u007e\u0080-\u00ff]*$/.test(token)) errors.token = 'This token has characters no header can carry. Paste it again.';
  return errors;
}
