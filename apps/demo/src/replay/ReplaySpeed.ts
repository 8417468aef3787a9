/** How fast a replay plays its frames. */
export type ReplaySpeed = '1x' | '10x' | 'instant';

/** The speeds the replay offers, slowest first, with their labels. */
export const replaySpeeds: ReadonlyArray<{ speed: ReplaySpeed; label: string }> = [
  { speed: '1x', label: '1×' },
  { speed: '10x', label: '10×' },
  { speed: 'instant', label: 'Instant' },
];

// A transcript carries no timing, so frames play at a fixed cadence close to a live model's
// token rate (the simulator paces its streams the same way).
const FRAME_INTERVAL_MS = 50;

/** The pause before each frame after the first at a speed; 0 sends every remaining frame at once. */
export function frameDelayMs(speed: ReplaySpeed): number {
  switch (speed) {
    case '1x': {
      return FRAME_INTERVAL_MS;
    }
    case '10x': {
      return FRAME_INTERVAL_MS / 10;
    }
    case 'instant': {
      return 0;
    }
    default: {
      speed satisfies never;
      return 0;
    }
  }
}
