import type { DialectName } from '@threadline/headless';
import { assistantsDriver } from './assistantsDriver';
import { boostedDriver } from './boostedDriver';
import { chatkitDriver } from './chatkitDriver';
import type { DialectDriver } from './DialectDriver';
import { teammateDriver } from './teammateDriver';

/** The fault matrix's columns: one driver per dialect, in the README's order. */
export const dialectDrivers: Readonly<Record<DialectName, DialectDriver>> = {
  boosted: boostedDriver,
  assistants: assistantsDriver,
  teammate: teammateDriver,
  chatkit: chatkitDriver,
};
