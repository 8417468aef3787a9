export { CitationRoot as Root } from './CitationRoot';
export { CitationChip as Chip } from './CitationChip';
export { CitationDetails as Details } from './CitationDetails';
