import '../page/frameClock';
import { defaultThrottleMs } from '@threadline/headless';
import { createBenchProbe } from '../page/createBenchProbe';
import { fetchEarlierMessages } from '../page/fetchEarlierMessages';
import { mountBenchPage } from '../page/mountBenchPage';
import { NewestTextApp } from '../page/NewestTextApp';
import { readPageParams } from '../page/readPageParams';

const params = readPageParams();
const probe = createBenchProbe(params);
const earlier = params.earlier ? await fetchEarlierMessages() : [];

mountBenchPage(<NewestTextApp probe={probe} pacing={params.pacing} earlier={earlier} throttleMs={params.throttleMs ?? defaultThrottleMs} />, probe);
