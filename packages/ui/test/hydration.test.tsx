// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import { shareTestSimulator } from './shareTestSimulator';
import { ServerThreadPage } from './server/ServerThreadPage';

const simulator = shareTestSimulator();
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

describe('hydrating server-rendered hooks and parts', () => {
  it('reads the same snapshot on the server and while hydrating: no mismatch, no error, the saved thread stays', async () => {
    const html = renderToString(<ServerThreadPage baseUrl={simulator.url} client={createThreadlineClient()} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    try {
      const client = simulator.track(createThreadlineClient());
      await act(async () => {
        root = hydrateRoot(container, <ServerThreadPage baseUrl={simulator.url} client={client} />, {
          onRecoverableError: (error) => recoverable.push(error),
        });
      });
      expect(recoverable).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
      expect(container.querySelector('.tl-message[data-role="assistant"]')?.textContent).toContain('Revenue rose 12%');
    } finally {
      consoleError.mockRestore();
    }
  });
});
