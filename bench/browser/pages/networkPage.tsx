import '../page/frameClock';
import { createBenchProbe } from '../page/createBenchProbe';
import { mountBenchPage } from '../page/mountBenchPage';
import { NetworkApp } from '../page/NetworkApp';
import { readPageParams } from '../page/readPageParams';

const params = readPageParams();
const probe = createBenchProbe(params);

mountBenchPage(<NetworkApp probe={probe} pacing={params.pacing} firstWord={params.firstWord} lastWord={params.lastWord} />, probe);
