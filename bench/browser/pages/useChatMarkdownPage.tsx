import '../page/frameClock';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ChatApp } from '../page/ChatApp';
import { createBenchProbe } from '../page/createBenchProbe';
import { fetchEarlierMessages } from '../page/fetchEarlierMessages';
import { mountBenchPage } from '../page/mountBenchPage';
import { readPageParams } from '../page/readPageParams';

// `useChat` + react-markdown with GFM, each text part through `<ReactMarkdown>` on every update.
const params = readPageParams();
const probe = createBenchProbe(params);
const initialMessages = params.earlier ? await fetchEarlierMessages() : [];

mountBenchPage(
  <ChatApp
    probe={probe}
    question={params.question}
    pacing={params.pacing}
    initialMessages={initialMessages}
    renderText={(text, key) => (
      <ReactMarkdown key={key} remarkPlugins={[remarkGfm]}>
        {text}
      </ReactMarkdown>
    )}
  />,
  probe,
);
