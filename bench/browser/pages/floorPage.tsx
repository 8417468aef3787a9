import '../page/frameClock';
import '@threadline/ui/styles.css';
import { createBenchProbe } from '../page/createBenchProbe';
import { fetchEarlierMessages } from '../page/fetchEarlierMessages';
import { FloorApp } from '../page/FloorApp';
import { mountBenchPage } from '../page/mountBenchPage';
import { readPageParams } from '../page/readPageParams';

const params = readPageParams();
const probe = createBenchProbe(params);
const earlier = params.earlier ? await fetchEarlierMessages() : [];

mountBenchPage(<FloorApp probe={probe} pacing={params.pacing} earlier={earlier} />, probe);
