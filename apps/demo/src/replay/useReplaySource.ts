import { useCallback, useRef, useState } from 'react';
import type { ParsedTranscript, ReplayTranscript } from './parseSseTranscript';
import { parseSseTranscript } from './parseSseTranscript';
import { readReplayFile } from './readReplayFile';
import type { ReplaySample } from './replaySamples';

/** What the replay page has to play: nothing yet, a file being read, a file it refused, or a transcript. */
export type ReplaySource =
  | { state: 'empty' }
  | { state: 'reading'; name: string }
  | { state: 'error'; name: string; error: string }
  | {
      state: 'ready';
      name: string;
      transcript: ReplayTranscript;
      /** The store key of this playing; a restart makes a new one, so the thread starts empty. */
      replayKey: string;
    };

/** What {@link useReplaySource} returns. */
export interface ReplaySourceResult {
  source: ReplaySource;
  openFile(file: File): void;
  openSample(sample: ReplaySample): void;
  /** Plays the current transcript again from its first frame. */
  restart(): void;
  /** Shows why something offered (a drop that held no file) cannot be played. */
  refuse(name: string, error: string): void;
}

// Keys outlive the page (the store keeps every thread), so they are unique for the session.
let playings = 0;
const nextReplayKey = () => `replay-${(playings += 1)}`;

/** The transcript the replay page plays, from a file or a sample, with its reading and error states. */
export function useReplaySource(): ReplaySourceResult {
  const [source, setSource] = useState<ReplaySource>({ state: 'empty' });
  // A file still being read when another is picked must not replace it.
  const latestRead = useRef(0);

  const settle = useCallback((name: string, parsed: ParsedTranscript) => {
    setSource(parsed.ok ? { state: 'ready', name, transcript: parsed.transcript, replayKey: nextReplayKey() } : { state: 'error', name, error: parsed.error });
  }, []);

  const openFile = useCallback(
    (file: File) => {
      const read = (latestRead.current += 1);
      setSource({ state: 'reading', name: file.name });
      void readReplayFile(file).then((parsed) => {
        if (read === latestRead.current) settle(file.name, parsed);
      });
    },
    [settle],
  );

  const openSample = useCallback(
    (sample: ReplaySample) => {
      latestRead.current += 1;
      settle(sample.name, parseSseTranscript(sample.text));
    },
    [settle],
  );

  const restart = useCallback(() => setSource((current) => (current.state === 'ready' ? { ...current, replayKey: nextReplayKey() } : current)), []);

  const refuse = useCallback((name: string, error: string) => {
    latestRead.current += 1;
    setSource({ state: 'error', name, error });
  }, []);

  return { source, openFile, openSample, restart, refuse };
}
