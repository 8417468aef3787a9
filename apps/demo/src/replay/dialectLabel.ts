import type { DialectName } from '@threadline/headless';

const labels: Record<DialectName, string> = {
  boosted: 'Boosted',
  assistants: 'OpenAI Assistants',
  teammate: 'Teammate',
  chatkit: 'ChatKit',
};

/** The name a dialect goes by on screen. */
export function dialectLabel(dialect: DialectName): string {
  return labels[dialect];
}
