import type { BackendSettings } from './BackendSettings';

/** A message per field that cannot be used as entered. */
export type BackendSettingsErrors = Partial<Record<keyof BackendSettings, string>>;

/** Checks what a connection needs: an absolute http(s) base URL, and an assistant for Assistants. */
export function validateBackendSettings(settings: BackendSettings): BackendSettingsErrors {
  const errors: BackendSettingsErrors = {};
  const baseUrl = settings.baseUrl.trim();
  if (baseUrl === '') {
    errors.baseUrl = 'Enter the base URL.';
  } else {
    const protocol = URL.canParse(baseUrl) ? new URL(baseUrl).protocol : null;
    if (protocol !== 'http:' && protocol !== 'https:') errors.baseUrl = 'Enter an absolute http(s) URL, such as https://api.example.com.';
  }
  if (settings.dialect === 'assistants' && settings.assistantId.trim() === '') errors.assistantId = 'Enter the assistant id (asst_…).';
  if (/\s/.test(settings.token.trim())) errors.token = 'A token has no spaces. Paste the token alone, without "Bearer".';
  return errors;
}
