import { useState } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, Progress, Thread } from '@threadline/ui';
import { StatusLine } from './StatusLine';
import { SuggestedQuestions } from './SuggestedQuestions';
import { useFollowOutput } from './useFollowOutput';

/** Props of {@link Conversation}. */
export interface ConversationProps {
  threadId: string;
  baseUrl: string;
}

/** One Boosted thread: the streamed messages, progress, errors, and the composer. */
export function Conversation({ threadId, baseUrl }: ConversationProps) {
  // Bumping the key remounts the stream's owner, which reopens a stream that gave up.
  const [attempt, setAttempt] = useState(0);
  return <ConversationStream key={attempt} threadId={threadId} baseUrl={baseUrl} onReconnect={() => setAttempt((count) => count + 1)} />;
}

function ConversationStream({ threadId, baseUrl, onReconnect }: ConversationProps & { onReconnect: () => void }) {
  const stream = useThreadStream(threadId, { dialect: 'boosted', baseUrl });
  const [lastQuestion, setLastQuestion] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const running = stream.status === 'running';
  const busy = running || stream.isSending;
  useFollowOutput(stream.thread);

  const send = (text: string) => {
    setLastQuestion(text);
    return stream.send(text);
  };
  // A failed post is already on the thread (the error banner shows it).
  const sendQuietly = (text: string) => void send(text).catch(() => undefined);

  return (
    <Thread.Root threadId={threadId} items={stream.items} status={stream.status} className="demo-thread">
      <main className="demo-main">
        <Thread.Empty className="demo-empty">
          <h2>Ask about a company</h2>
          <p>
            Answers stream from the Threadline simulator, which speaks the Boosted Thread API. Pick a question below: each one
            plays a different scenario (citations and artifacts, a plain answer, a progress log, a long answer to cancel, a
            dropped connection).
          </p>
        </Thread.Empty>
        <Thread.Messages className="demo-messages" />
        <Progress entries={stream.runProgress} active={running} className="demo-progress" />
        <ErrorBanner error={stream.error} className="demo-error">
          {stream.connection === 'failed' ? (
            <button type="button" className="demo-button" onClick={onReconnect}>
              Reconnect
            </button>
          ) : lastQuestion && !busy ? (
            <button type="button" className="demo-button" onClick={() => sendQuietly(lastQuestion)}>
              Ask again
            </button>
          ) : null}
        </ErrorBanner>
      </main>
      <footer className="demo-footer">
        <div className="demo-footer-inner">
          <SuggestedQuestions disabled={busy} onPick={sendQuietly} />
          <Composer
            onSend={send}
            value={draft}
            onValueChange={setDraft}
            isSending={stream.isSending}
            canSend={!running}
            placeholder={running ? 'Answering… you can type your next question' : 'Ask about a company, a filing, a metric…'}
          />
          <div className="demo-controls">
            <StatusLine status={stream.status} connection={stream.connection} />
            <CancelButton status={stream.status} cancel={stream.cancel} isCancelling={stream.isCancelling} />
          </div>
        </div>
      </footer>
    </Thread.Root>
  );
}
