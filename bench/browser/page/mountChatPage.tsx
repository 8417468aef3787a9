import type { ComponentProps } from 'react';
import { ChatApp } from './ChatApp';
import { createBenchProbe } from './createBenchProbe';
import { fetchEarlierMessages } from './fetchEarlierMessages';
import { mountBenchPage } from './mountBenchPage';
import { readPageParams } from './readPageParams';

/** Mounts a `useChat` contender's page: the page's parameters, probe and earlier messages, and its way of rendering a text part. */
export async function mountChatPage(renderText: ComponentProps<typeof ChatApp>['renderText']): Promise<void> {
  const params = readPageParams();
  const probe = createBenchProbe(params);
  const initialMessages = params.earlier ? await fetchEarlierMessages() : [];
  mountBenchPage(
    <ChatApp probe={probe} question={params.question} pacing={params.pacing} initialMessages={initialMessages} renderText={renderText} />,
    probe,
  );
}
