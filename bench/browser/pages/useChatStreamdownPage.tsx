import '../page/frameClock';
import { Streamdown } from 'streamdown';
import { mountChatPage } from '../page/mountChatPage';

// `useChat` + Streamdown as its docs pair them: `isAnimating` while the chat streams, defaults otherwise.
await mountChatPage((text, key, status) => (
  <Streamdown key={key} isAnimating={status === 'streaming'}>
    {text}
  </Streamdown>
));
