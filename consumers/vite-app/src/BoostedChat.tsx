import { useCreateThread, useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, Progress, Thread } from '@threadline/ui';

const baseUrl = `${import.meta.env.VITE_THREADLINE_URL}/boosted`;

export function BoostedChat() {
  const createThread = useCreateThread({ baseUrl });
  if (!createThread.data) {
    return (
      <button type="button" disabled={createThread.isPending} onClick={() => createThread.mutate('My first thread')}>
        Start a thread
      </button>
    );
  }
  return <BoostedThread threadId={createThread.data.threadId} />;
}

function BoostedThread({ threadId }: { threadId: string }) {
  const stream = useThreadStream(threadId, { dialect: 'boosted', baseUrl });
  return (
    <Thread.Root threadId={threadId} items={stream.items} status={stream.status} error={stream.error}>
      <Thread.Announcer />
      <Thread.Viewport>
        <Thread.Empty>Ask about a company's results</Thread.Empty>
        <Thread.Messages />
        <Progress entries={stream.runProgress} active={stream.status === 'running'} />
        <ErrorBanner error={stream.error} onRetry={stream.retry} announce={false} />
        <Thread.JumpToLatest />
      </Thread.Viewport>
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
      <CancelButton status={stream.status} cancel={stream.cancel} canCancel={stream.canCancel} isCancelling={stream.isCancelling} />
    </Thread.Root>
  );
}
