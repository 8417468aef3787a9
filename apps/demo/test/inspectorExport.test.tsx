// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createThreadlineClient, toSnapshot } from '@threadline/headless';
import type { ThreadlineClient, ThreadState } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { defaultBackendSettings } from '../src/backend/BackendSettings';
import { toBackendConnection } from '../src/backend/toBackendConnection';
import { createFrameCapture } from '../src/inspector/createFrameCapture';
import { Inspector } from '../src/inspector/Inspector';

const downloads = vi.hoisted(() => [] as Array<{ fileName: string; text: string }>);
vi.mock('../src/inspector/downloadText', () => ({
  downloadText: (fileName: string, text: string) => downloads.push({ fileName, text }),
}));

const token = 'sk-inspector-4c2e91';
let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;

afterEach(async () => {
  cleanup();
  client?.disconnectAll();
  await simulator?.close();
  simulator = null;
  downloads.length = 0;
});

function ended(thread: ThreadState | undefined): boolean {
  return thread !== undefined && ['complete', 'failed', 'cancelled'].includes(thread.status);
}

describe('the inspector of a conversation that sends a bearer token', () => {
  it('exports and shows frames and state with no trace of the token', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0, token });
    client = createThreadlineClient();
    const capture = createFrameCapture();
    const settings = { ...defaultBackendSettings, dialect: 'chatkit' as const, baseUrl: `${simulator.url}/chatkit/scenario/workflow`, token };
    const controller = client.getController('inspected', { ...toBackendConnection(settings, 'http://unused.example'), onFrame: capture.record });
    await controller.send('Compare the batteries');
    await vi.waitFor(() => expect(ended(client?.threadStore.getThread('inspected'))).toBe(true), { timeout: 10_000 });
    const thread = client.threadStore.getThread('inspected');
    expect(thread?.status).toBe('complete');
    capture.setThread(thread);

    render(<Inspector capture={capture} dialect="chatkit" onClose={() => undefined} />);
    fireEvent.click(screen.getByTestId('inspector-export'));
    const frames = document.body.textContent ?? '';
    fireEvent.click(screen.getByTestId('inspector-tab-state'));
    const state = document.body.textContent ?? '';

    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.text).toContain('data: {"type":"thread.item.done"');
    expect(capture.getSnapshot().frames.length).toBeGreaterThan(10);
    expect(downloads[0]?.fileName).not.toContain(token);
    expect(downloads[0]?.text).not.toContain(token);
    expect(frames).toContain('thread.item.done');
    expect(frames).not.toContain(token);
    expect(state).not.toContain(token);
    expect(JSON.stringify(toSnapshot(thread!))).not.toContain(token);
  });
});
