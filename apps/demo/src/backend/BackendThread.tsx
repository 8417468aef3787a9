import { BackendConversation } from './BackendConversation';
import type { BackendSettings } from './BackendSettings';
import { BoostedThreadCreator } from './BoostedThreadCreator';

/** Props of {@link BackendThread}. */
export interface BackendThreadProps {
  settings: BackendSettings;
  /** Boosted: a thread was created for the settings, which have no thread id. */
  onThreadCreated: (threadId: string) => void;
}

/** The conversation on the user's backend; for Boosted without a thread id, creating the thread first. */
export function BackendThread({ settings, onThreadCreated }: BackendThreadProps) {
  if (settings.dialect !== 'boosted') return <BackendConversation settings={settings} threadId={null} />;
  const threadId = settings.threadId.trim();
  if (threadId === '') return <BoostedThreadCreator settings={settings} onCreated={onThreadCreated} />;
  return <BackendConversation key={threadId} settings={settings} threadId={threadId} />;
}
