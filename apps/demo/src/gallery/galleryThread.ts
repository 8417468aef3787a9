import type { ThreadStreamOptions } from '@threadline/headless/react';

/** The simulator's ChatKit scenarios the gallery plays: the rich one, and one that fails and can be retried. */
export type GalleryScenario = 'workflow' | 'error-retry';

/** One play of the gallery thread: the store key every variant reads, and the scenario it plays. */
export interface GalleryTake {
  key: string;
  scenario: GalleryScenario;
}

/** What every variant takes: the same key and the same connection, so they share one thread in the store. */
export interface GalleryThreadProps {
  threadKey: string;
  connection: ThreadStreamOptions;
}

/** The prompt "Play the thread" sends. */
export const galleryPrompt = 'Compare iPhone 17 and Pixel 10 battery life';

/** The key shown before anything has played: an empty, idle thread. */
export const idleTake: GalleryTake = { key: 'gallery', scenario: 'workflow' };

/** A new take under a key no earlier play used, so "Play again" starts from an empty thread. */
export function createGalleryTake(scenario: GalleryScenario): GalleryTake {
  return { key: `gallery-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, scenario };
}

/** The ChatKit endpoint of the simulator on this origin, pinned to the take's scenario. */
export function galleryConnection(origin: string, scenario: GalleryScenario): ThreadStreamOptions {
  return { dialect: 'chatkit', baseUrl: `${origin}/chatkit/scenario/${scenario}` };
}
