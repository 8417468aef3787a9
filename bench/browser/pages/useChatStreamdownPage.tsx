import '../page/frameClock';
import { Streamdown } from 'streamdown';
import { ChatApp } from '../page/ChatApp';
import { createBenchProbe } from '../page/createBenchProbe';
import { fetchEarlierMessages } from '../page/fetchEarlierMessages';
import { mountBenchPage } from '../page/mountBenchPage';
import { readPageParams } from '../page/readPageParams';

// `useChat` + Streamdown as its docs pair them: `isAnimating` while the chat streams, defaults otherwise.
const params = readPageParams();
const probe = createBenchProbe(params);
const initialMessages = params.earlier ? await fetchEarlierMessages() : [];

mountBenchPage(
  <ChatApp
    probe={probe}
    question={params.question}
    pacing={params.pacing}
    initialMessages={initialMessages}
    renderText={(text, key, status) => (
      <Streamdown key={key} isAnimating={status === 'streaming'}>
        {text}
      </Streamdown>
    )}
  />,
  probe,
);
