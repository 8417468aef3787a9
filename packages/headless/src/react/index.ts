'use client';

// @threadline/headless/react: thin React hooks over the vanilla store.

export { ThreadlineProvider, useThreadlineClient } from './ThreadlineProvider';
export type { ThreadlineProviderProps } from './ThreadlineProvider';
export { useThreadStream } from './useThreadStream';
export type { ThreadStreamOptions, ThreadStreamResult } from './useThreadStream';
export { useCreateThread } from './useCreateThread';
export { useArtifact } from './useArtifact';
export { useRun } from './useRun';
export type { RunOptions, RunResult } from './useRun';
