'use client';

import { useMemo } from 'react';
import type { ThreadItem } from '@threadline/headless';
import { useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, NoticeList, Thread } from '@threadline/ui';

const baseUrl = `${process.env.NEXT_PUBLIC_THREADLINE_URL}/chatkit`;

export function Chat({ savedItems }: { savedItems: readonly ThreadItem[] }) {
  const stream = useThreadStream(null, { dialect: 'chatkit', baseUrl });
  const items = useMemo(() => [...savedItems, ...stream.items], [savedItems, stream.items]);
  return (
    <Thread.Root threadId={stream.threadId ?? 'new'} items={items} status={stream.status} error={stream.error}>
      <Thread.Announcer notices={stream.notices} />
      <Thread.Viewport>
        <NoticeList notices={stream.notices} announce={false} />
        <Thread.Messages />
        <ErrorBanner error={stream.error} onRetry={stream.retry} announce={false} />
        <Thread.JumpToLatest />
      </Thread.Viewport>
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
      <CancelButton status={stream.status} cancel={stream.cancel} canCancel={stream.canCancel} isCancelling={stream.isCancelling} />
    </Thread.Root>
  );
}
