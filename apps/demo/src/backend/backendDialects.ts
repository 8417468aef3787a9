import type { DialectName } from '@threadline/headless';

/** What the backend form says about a dialect. */
export interface BackendDialect {
  name: DialectName;
  label: string;
  /** What its base URL is. */
  baseUrlHint: string;
  baseUrlPlaceholder: string;
  /** The path the dev server's simulator speaks it under. */
  simulatorPath: string;
}

/** The dialects the backend page connects to, in the select's order. */
export const backendDialects: readonly BackendDialect[] = [
  {
    name: 'boosted',
    label: 'Boosted',
    baseUrlHint: 'The API root, before /v2.',
    baseUrlPlaceholder: 'https://api.example.com',
    simulatorPath: '/boosted',
  },
  {
    name: 'assistants',
    label: 'OpenAI Assistants',
    baseUrlHint: 'The API root, ending in /v1.',
    baseUrlPlaceholder: 'https://api.openai.com/v1',
    simulatorPath: '/assistants/v1',
  },
  {
    name: 'teammate',
    label: 'Teammate',
    baseUrlHint: 'The API root, ending in /api/v2.',
    baseUrlPlaceholder: 'https://api.example.com/api/v2',
    simulatorPath: '/teammate/api/v2',
  },
  {
    name: 'chatkit',
    label: 'ChatKit',
    baseUrlHint: 'The ChatKit endpoint itself (every request is a POST to it).',
    baseUrlPlaceholder: 'https://example.com/chatkit',
    simulatorPath: '/chatkit',
  },
];

/** The entry for a dialect. */
export function backendDialect(name: DialectName): BackendDialect {
  return backendDialects.find((dialect) => dialect.name === name) ?? (backendDialects[0] as BackendDialect);
}
