import { useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, PendingActionPanel, RunMetrics, Thread } from '@threadline/ui';

const baseUrl = `${import.meta.env.VITE_THREADLINE_URL}/teammate/api/v2`;

export function TeammateChat() {
  const stream = useThreadStream(null, { dialect: 'teammate', baseUrl, settings: { human_in_the_loop: true } });
  return (
    <Thread.Root threadId={stream.threadId ?? 'new'} items={stream.items} status={stream.status} error={stream.error}>
      <Thread.Announcer />
      <Thread.Viewport>
        <Thread.Empty>Give your teammate a task</Thread.Empty>
        <Thread.Messages />
        {stream.pendingAction ? (
          <PendingActionPanel action={stream.pendingAction} onRespond={stream.respond} isResponding={stream.isResponding} />
        ) : null}
        <ErrorBanner error={stream.error} onRetry={stream.retry} announce={false} />
        <Thread.JumpToLatest />
      </Thread.Viewport>
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
      <CancelButton status={stream.status} cancel={stream.cancel} canCancel={stream.canCancel} isCancelling={stream.isCancelling} />
      <RunMetrics run={stream.run} status={stream.status} />
    </Thread.Root>
  );
}
