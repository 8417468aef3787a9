/// <reference types="vite/client" />
import assistantsFileSearch from './samples/assistants-file-search.sse?raw';
import boostedProgress from './samples/boosted-progress.sse?raw';
import chatkitWorkflow from './samples/chatkit-workflow.sse?raw';
import teammateTools from './samples/teammate-tools.sse?raw';

/** A built-in transcript the replay page offers. */
export interface ReplaySample {
  /** The file name it is shown and replayed under. */
  name: string;
  title: string;
  description: string;
  /** The `.sse` text. */
  text: string;
}

/** Transcripts recorded from the simulator's scenarios, one per dialect. */
export const replaySamples: readonly ReplaySample[] = [
  {
    name: 'boosted-progress.sse',
    title: 'Boosted: progress log',
    description: 'Work-in-progress entries, then a streamed answer.',
    text: boostedProgress,
  },
  {
    name: 'assistants-file-search.sse',
    title: 'Assistants: file search',
    description: 'A file_search step, then an answer with file citations.',
    text: assistantsFileSearch,
  },
  {
    name: 'teammate-tools.sse',
    title: 'Teammate: tools and to-dos',
    description: 'Reasoning, three tool calls and a to-do list.',
    text: teammateTools,
  },
  {
    name: 'chatkit-workflow.sse',
    title: 'ChatKit: workflow and widget',
    description: 'A workflow with tasks, a streamed widget and an annotated answer.',
    text: chatkitWorkflow,
  },
];
