import { useChat } from '@ai-sdk/react';
import type { ChatStatus, UIMessage } from 'ai';
import { DefaultChatTransport } from 'ai';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { BenchProbe } from './createBenchProbe';

/** Props of {@link ChatApp}. */
export interface ChatAppProps {
  probe: BenchProbe;
  question: string;
  /** The `x-simulator-pacing` header the bench server paces `/api/chat` by. */
  pacing: string;
  initialMessages: UIMessage[];
  /** Renders one text part, as the peer's docs show. */
  renderText(text: string, key: number, status: ChatStatus): ReactNode;
}

/**
 * A chat as the AI SDK docs write it: `useChat` over `DefaultChatTransport` posting to
 * `/api/chat`, and each message's text parts rendered in turn.
 */
export function ChatApp({ probe, question, pacing, initialMessages, renderText }: ChatAppProps) {
  const [transport] = useState(() => new DefaultChatTransport({ api: '/api/chat', headers: { 'x-simulator-pacing': pacing } }));
  const { messages, sendMessage, status } = useChat({ messages: initialMessages, transport });
  useEffect(() => probe.setTrigger(() => void sendMessage({ text: question })));
  useEffect(() => probe.markReady(), [probe]);
  return (
    <div>
      {messages.map((message) => (
        <div key={message.id}>
          {message.role === 'user' ? 'User: ' : 'AI: '}
          {message.parts.map((part, index) => (part.type === 'text' ? renderText(part.text, index, status) : null))}
        </div>
      ))}
    </div>
  );
}
