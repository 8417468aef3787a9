import { AssistantsChat } from './AssistantsChat';
import { BoostedChat } from './BoostedChat';
import { ChatKitChat } from './ChatKitChat';
import { TeammateChat } from './TeammateChat';

// The guides render one chat; this app renders the one `?dialect=` names, so one build serves all four.
const chats = { boosted: BoostedChat, assistants: AssistantsChat, teammate: TeammateChat, chatkit: ChatKitChat };

export function App() {
  const dialect = new URLSearchParams(window.location.search).get('dialect');
  const Chat = chats[dialect as keyof typeof chats] ?? BoostedChat;
  return <Chat />;
}
