// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { BackendPage } from '../src/pages/BackendPage';

// The page keeps its settings for the tab in a module variable, so each test sets every field it relies on.
let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;

beforeEach(() => window.localStorage.clear());
afterEach(async () => {
  cleanup();
  client?.disconnectAll();
  await simulator?.close();
  simulator = null;
  window.localStorage.clear();
});

async function renderPage() {
  simulator = await startSimulator({ delayMs: 0, heartbeatMs: 0, token: 'secret' });
  client = createThreadlineClient({ recoveryPollMs: 10, reconnectDelayMs: 1, maxReconnects: 1 });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <ThreadlineProvider client={client}>
        <BackendPage />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
  return { url: simulator.url, form: within(screen.getByRole('form', { name: 'Backend connection' })) };
}

function send(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Send' }));
}

describe('BackendPage', () => {
  it('connects to a Teammate endpoint with a bearer token and streams the answer, keeping the token out of storage', async () => {
    const { url, form } = await renderPage();
    fireEvent.change(form.getByRole('combobox', { name: 'Dialect' }), { target: { value: 'teammate' } });
    fireEvent.change(form.getByLabelText('Base URL'), { target: { value: `${url}/teammate/api/v2` } });
    fireEvent.change(form.getByLabelText('Token'), { target: { value: 'secret' } });
    fireEvent.click(form.getByRole('button', { name: 'Connect' }));

    expect(screen.getByTestId('backend-summary').textContent).toContain('token set');
    send('hello: triage the overnight tickets');

    await waitFor(() => expect(document.querySelector('.tl-thread')?.getAttribute('data-state')).toBe('complete'));
    expect(document.querySelector('.tl-message[data-role="assistant"]')?.textContent).not.toBe('');
    expect(window.localStorage.length).toBe(0);
  });

  it('shows the server refusing a wrong token', async () => {
    const { url, form } = await renderPage();
    fireEvent.change(form.getByRole('combobox', { name: 'Dialect' }), { target: { value: 'chatkit' } });
    fireEvent.change(form.getByLabelText('Base URL'), { target: { value: `${url}/chatkit` } });
    fireEvent.change(form.getByLabelText('Token'), { target: { value: 'wrong' } });
    fireEvent.click(form.getByRole('button', { name: 'Connect' }));
    send('hello');

    await waitFor(() => expect(document.querySelector('.demo-error')?.textContent).toMatch(/401.*Not authenticated/));
  });

  it('creates a Boosted thread on request, then streams it', async () => {
    const { url, form } = await renderPage();
    fireEvent.change(form.getByRole('combobox', { name: 'Dialect' }), { target: { value: 'boosted' } });
    fireEvent.change(form.getByLabelText('Base URL'), { target: { value: `${url}/boosted` } });
    fireEvent.change(form.getByLabelText('Thread ID'), { target: { value: '' } });
    fireEvent.change(form.getByLabelText('Token'), { target: { value: 'secret' } });
    fireEvent.click(form.getByRole('button', { name: 'Connect' }));

    fireEvent.click(screen.getByRole('button', { name: 'Create thread' }));
    await waitFor(() => expect(screen.getByTestId('backend-thread-id').textContent).toMatch(/^thread [0-9a-f-]{36}$/));
    expect((form.getByLabelText('Thread ID') as HTMLInputElement).value).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(document.querySelector('.demo-status-item[data-state="open"]')).not.toBeNull());
    send("plain: summarize Apple's quarter");

    await waitFor(() => expect(document.querySelector('.tl-thread')?.getAttribute('data-state')).toBe('complete'));
  });

  it('says why a Boosted thread could not be created', async () => {
    const { url, form } = await renderPage();
    fireEvent.change(form.getByRole('combobox', { name: 'Dialect' }), { target: { value: 'boosted' } });
    fireEvent.change(form.getByLabelText('Base URL'), { target: { value: `${url}/boosted` } });
    fireEvent.change(form.getByLabelText('Thread ID'), { target: { value: '' } });
    fireEvent.change(form.getByLabelText('Token'), { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: 'Connect' }));

    fireEvent.click(screen.getByRole('button', { name: 'Create thread' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Could not create a thread: .*401/));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('validates before connecting', async () => {
    const { form } = await renderPage();
    fireEvent.change(form.getByRole('combobox', { name: 'Dialect' }), { target: { value: 'assistants' } });
    fireEvent.change(form.getByLabelText('Base URL'), { target: { value: 'api.openai.com' } });
    fireEvent.click(form.getByRole('button', { name: 'Connect' }));

    expect(form.getByLabelText('Base URL').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByLabelText('Assistant ID').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('backend-disconnected')).toBeTruthy();
  });

  it('stores the settings only when "remember" is ticked, and forgets them when it is unticked', async () => {
    const { url, form } = await renderPage();
    fireEvent.change(form.getByRole('combobox', { name: 'Dialect' }), { target: { value: 'chatkit' } });
    fireEvent.change(form.getByLabelText('Base URL'), { target: { value: `${url}/chatkit` } });
    fireEvent.change(form.getByLabelText('Token'), { target: { value: 'secret' } });
    fireEvent.click(form.getByRole('checkbox', { name: /Remember on this device/ }));
    fireEvent.click(form.getByRole('button', { name: 'Connect' }));

    expect(window.localStorage.getItem('threadline-demo:backend')).toContain('"token":"secret"');

    fireEvent.click(form.getByRole('checkbox', { name: /Remember on this device/ }));
    expect(window.localStorage.length).toBe(0);
  });
});
