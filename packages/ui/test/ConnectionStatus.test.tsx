// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '@threadline/headless';
import { ConnectionStatus } from '@threadline/ui';

describe('ConnectionStatus', () => {
  it('says so while the stream is stalled or reconnecting, and is absent otherwise', () => {
    const { rerender, container } = render(<ConnectionStatus connection="open" />);
    for (const quiet of ['idle', 'connecting', 'open', 'closed', 'failed'] satisfies ConnectionState[]) {
      rerender(<ConnectionStatus connection={quiet} />);
      expect(container.innerHTML).toBe('');
    }
    rerender(<ConnectionStatus connection="stalled" />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Waiting for the server…');
    expect(screen.getByRole('status').dataset.state).toBe('stalled');
    rerender(<ConnectionStatus connection="reconnecting" labels={{ reconnecting: 'Back in a moment' }} className="mine" />);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Back in a moment');
    expect(screen.getByRole('status').className).toBe('tl-connection-status mine');
  });
});
