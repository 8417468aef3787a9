import { useId, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { DialectName } from '@threadline/headless';
import { backendDialect, backendDialects } from './backendDialects';
import type { BackendSettings } from './BackendSettings';
import type { BackendSettingsErrors } from './validateBackendSettings';
import { devProxy } from './devProxy';

/** Props of {@link BackendForm}. */
export interface BackendFormProps {
  value: BackendSettings;
  onChange: (value: BackendSettings) => void;
  /** Shown beside their fields after a submit. */
  errors: BackendSettingsErrors;
  /** Called with the form's values; the parent validates. */
  onSubmit: () => void;
  /** Offered while a connection is open. */
  onDisconnect?: () => void;
  /** Fills in the simulator this dev server mounts, for the selected dialect. */
  onUseSimulator: () => void;
  /** Returns to the open thread without reconnecting (offered on narrow screens, where the form replaces it). */
  onBack?: () => void;
}

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="backend-field" data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error ? (
        <p id={errorId} className="backend-field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="backend-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The connection form: dialect, base URL, token, the dialect's own fields, the dev proxy and
 * whether to remember it all on this device.
 */
export function BackendForm({ value, onChange, errors, onSubmit, onDisconnect, onUseSimulator, onBack }: BackendFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const dialect = backendDialect(value.dialect);
  const set = <Key extends keyof BackendSettings>(key: Key, field: BackendSettings[Key]) => onChange({ ...value, [key]: field });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
    // After React shows the errors, take the user to the first one.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  return (
    <form ref={form} className="backend-form" aria-label="Backend connection" noValidate onSubmit={submit}>
      <Field label="Dialect">
        {({ id }) => (
          <select id={id} value={value.dialect} onChange={(event) => set('dialect', event.target.value as DialectName)}>
            {backendDialects.map((option) => (
              <option key={option.name} value={option.name}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field label="Base URL" hint={dialect.baseUrlHint} error={errors.baseUrl}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder={dialect.baseUrlPlaceholder}
            value={value.baseUrl}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => set('baseUrl', event.target.value)}
          />
        )}
      </Field>

      <Field
        label="Token"
        hint={
          <>
            Sent as <code>authorization: Bearer …</code>. {value.remember ? 'Stored on this device (see below).' : 'Kept in memory only: never in the URL, gone on reload.'}
          </>
        }
        error={errors.token}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="Optional"
            value={value.token}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => set('token', event.target.value)}
          />
        )}
      </Field>

      {value.dialect === 'assistants' ? (
        <Field label="Assistant ID" error={errors.assistantId}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              autoComplete="off"
              spellCheck={false}
              placeholder="asst_…"
              value={value.assistantId}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => set('assistantId', event.target.value)}
            />
          )}
        </Field>
      ) : null}

      {value.dialect === 'boosted' ? (
        <Field label="Thread ID" hint="Optional: an existing thread. Leave empty to create one after connecting.">
          {({ id, describedBy }) => (
            <input
              id={id}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={value.threadId}
              aria-describedby={describedBy}
              onChange={(event) => set('threadId', event.target.value)}
            />
          )}
        </Field>
      ) : null}

      {/* The hint describes the checkbox rather than sitting in its label, so its name stays short. */}
      <div className="backend-check">
        <input
          id={`${id}-proxy`}
          type="checkbox"
          checked={value.useProxy}
          aria-describedby={`${id}-proxy-hint`}
          onChange={(event) => set('useProxy', event.target.checked)}
        />
        <span>
          <label htmlFor={`${id}-proxy`}>Use the dev proxy</label>
          <span id={`${id}-proxy-hint`} className="backend-hint">
            Requests go to this dev server under <code>{devProxy.path}</code>, which forwards them, for APIs without CORS. Only while <code>npm start</code>{' '}
            or <code>vite preview</code> serves the demo.
          </span>
        </span>
      </div>

      <div className="backend-check">
        <input
          id={`${id}-remember`}
          type="checkbox"
          checked={value.remember}
          aria-describedby={`${id}-remember-hint`}
          onChange={(event) => set('remember', event.target.checked)}
        />
        <span>
          <label htmlFor={`${id}-remember`}>Remember on this device</label>
          <span id={`${id}-remember-hint`} className="backend-hint">
            {value.remember
              ? 'On Connect these settings, the token included, are saved in plain text in this browser’s localStorage. Untick to remove them.'
              : 'Off: nothing is written to localStorage.'}
          </span>
        </span>
      </div>

      <div className="backend-form-actions">
        <button type="submit" className="demo-button demo-button-primary">
          Connect
        </button>
        <button type="button" className="demo-button" onClick={onUseSimulator}>
          Fill in the simulator
        </button>
        {onBack ? (
          <button type="button" className="demo-button backend-back" onClick={onBack}>
            Back to the thread
          </button>
        ) : null}
        {onDisconnect ? (
          <button type="button" className="demo-button" onClick={onDisconnect}>
            Disconnect
          </button>
        ) : null}
      </div>
    </form>
  );
}
