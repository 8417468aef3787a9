import { useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, NoticeList, PendingActionPanel, Thread } from '@threadline/ui';

const baseUrl = `${import.meta.env.VITE_THREADLINE_URL}/chatkit`;

export function ChatKitChat() {
  const stream = useThreadStream(null, {
    dialect: 'chatkit',
    baseUrl,
    onClientEffect: ({ name, data }) => console.info('client effect', name, data),
  });
  return (
    <Thread.Root
      threadId={stream.threadId ?? 'new'}
      items={stream.items}
      status={stream.status}
      error={stream.error}
      onWidgetAction={(action, itemId) => stream.customAction?.(action, itemId)}
    >
      <Thread.Announcer notices={stream.notices} />
      <Thread.Viewport>
        <Thread.Empty>Ask anything</Thread.Empty>
        <NoticeList notices={stream.notices} announce={false} />
        <Thread.Messages />
        {stream.pendingAction ? (
          <PendingActionPanel action={stream.pendingAction} onRespond={stream.respond} isResponding={stream.isResponding} />
        ) : null}
        <ErrorBanner error={stream.error} onRetry={stream.retry} announce={false} />
        <Thread.JumpToLatest />
      </Thread.Viewport>
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
      <CancelButton status={stream.status} cancel={stream.cancel} canCancel={stream.canCancel} isCancelling={stream.isCancelling} />
    </Thread.Root>
  );
}
