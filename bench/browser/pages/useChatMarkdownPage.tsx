import '../page/frameClock';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { mountChatPage } from '../page/mountChatPage';

// `useChat` + react-markdown with GFM, each text part through `<ReactMarkdown>` on every update.
await mountChatPage((text, key) => (
  <ReactMarkdown key={key} remarkPlugins={[remarkGfm]}>
    {text}
  </ReactMarkdown>
));
