/** The wire dialects Threadline decodes. */
export type DialectName = 'boosted' | 'assistants' | 'teammate' | 'chatkit';

/** Every dialect name, in a fixed order. */
export const dialectNames: readonly DialectName[] = ['boosted', 'assistants', 'teammate', 'chatkit'];
