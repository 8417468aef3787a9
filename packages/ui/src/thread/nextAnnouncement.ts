import { messageText } from '@threadline/headless';
import type { Notice, ThreadError, ThreadItem, ThreadStatus } from '@threadline/headless';
import { toSpokenText } from './toSpokenText';

/** What `Thread.Announcer` watches. */
export interface AnnouncementInput {
  status: ThreadStatus | undefined;
  items: readonly ThreadItem[];
  error: ThreadError | null;
  notices: readonly Notice[];
}

/** The words `Thread.Announcer` says besides the answers themselves. */
export interface ThreadAnnouncerLabels {
  /** Said when a run starts (default "Responding…"). */
  responding: string;
  /** Said when a run is cancelled (default "Stopped."). */
  stopped: string;
}

/** @internal What the announcer remembers between renders, and what its regions say now. */
export interface Announcement {
  input: AnnouncementInput;
  /** Assistant messages already final, so each is read once. */
  spoken: ReadonlySet<string>;
  polite: string;
  assertive: string;
}

const busy: ReadonlySet<ThreadStatus | undefined> = new Set(['queued', 'running', 'requires_action', 'cancelling']);

/** @internal The announcement of a thread as first seen: what is already there is not read out. */
export function firstAnnouncement(input: AnnouncementInput): Announcement {
  const spoken = new Set<string>();
  for (const item of input.items) if (isFinalAnswer(item)) spoken.add(item.id);
  return { input, spoken, polite: '', assertive: input.error?.message ?? '' };
}

/**
 * @internal The next announcement: "Responding…" when a run starts, a finished answer's whole
 * text once (never its deltas), a new notice, "Stopped." on cancel; errors go to the assertive text.
 */
export function nextAnnouncement(previous: Announcement, input: AnnouncementInput, labels: ThreadAnnouncerLabels): Announcement {
  let polite = previous.polite;
  const before = previous.input;
  if (!busy.has(before.status) && (input.status === 'queued' || input.status === 'running')) polite = labels.responding;

  let spoken = previous.spoken;
  if (input.items !== before.items) {
    for (const item of input.items) {
      if (!isFinalAnswer(item) || spoken.has(item.id)) continue;
      if (spoken === previous.spoken) spoken = new Set(spoken);
      (spoken as Set<string>).add(item.id);
      const text = toSpokenText(messageText(item));
      if (text) polite = text;
    }
  }

  if (input.notices.length > before.notices.length) {
    const notice = input.notices[input.notices.length - 1];
    if (notice) polite = notice.title ? `${notice.title}: ${notice.message}` : notice.message;
  }
  if (input.status === 'cancelled' && before.status !== 'cancelled') polite = labels.stopped;

  const assertive = input.error === before.error ? previous.assertive : (input.error?.message ?? '');
  return { input, spoken, polite, assertive };
}

function isFinalAnswer(item: ThreadItem): item is Extract<ThreadItem, { kind: 'message' }> {
  return item.kind === 'message' && item.role === 'assistant' && item.status !== 'in_progress';
}
