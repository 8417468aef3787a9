import { dialectNames } from '@threadline/headless';
import type { BackendSettings } from './BackendSettings';
import { defaultBackendSettings } from './BackendSettings';

const STORAGE_KEY = 'threadline-demo:backend';

// Settings survive a visit to another page in memory; only "remember" writes them to disk.
let inMemory: BackendSettings | null = null;

function readStored(): BackendSettings | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Record<keyof BackendSettings, unknown>>;
    const text = (field: unknown) => (typeof field === 'string' ? field : '');
    return {
      dialect: dialectNames.find((name) => name === value.dialect) ?? defaultBackendSettings.dialect,
      baseUrl: text(value.baseUrl),
      token: text(value.token),
      assistantId: text(value.assistantId),
      threadId: text(value.threadId),
      useProxy: value.useProxy === true,
      remember: true,
    };
  } catch {
    // Storage can be disabled (private windows, policies) or hold something else under the key.
    return null;
  }
}

/**
 * Where the backend page keeps its settings: in a module variable for the tab's lifetime, and in
 * localStorage only while "remember" is ticked. The token is never put in a URL.
 */
export const backendSettingsStorage = {
  /** The settings of this tab, else the remembered ones, else the defaults. */
  load(): BackendSettings {
    return inMemory ?? readStored() ?? defaultBackendSettings;
  },
  /** Keeps `settings` for this tab, and on this device if they say "remember" (else forgets any stored copy). */
  save(settings: BackendSettings): void {
    inMemory = settings;
    if (settings.remember) {
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
      } catch {
        // Storage is unavailable: the settings still last for this tab.
      }
    } else {
      backendSettingsStorage.forget();
    }
  },
  /** Removes the stored copy from this device. */
  forget(): void {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing could have been stored.
    }
  },
  /** Whether a copy is stored on this device. */
  isStored(): boolean {
    return readStored() !== null;
  },
};
