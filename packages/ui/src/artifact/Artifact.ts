export { ArtifactRoot as Root } from './ArtifactRoot';
export { ArtifactViewer as Viewer } from './ArtifactViewer';
export { ArtifactLoading as Loading } from './ArtifactLoading';
export { ArtifactError as Error } from './ArtifactError';
export { ArtifactRetry as Retry } from './ArtifactRetry';
