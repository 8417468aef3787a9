import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { BoostedArtifact } from '../api/createBoostedApi';
import type { ThreadStreamController } from '../store/createThreadStreamController';
import { TransportError } from '../transport/TransportError';
import { useThreadlineClient } from './ThreadlineProvider';

/**
 * Fetches an artifact by id through react-query, from the API the thread streams from.
 * Cached forever (artifacts do not change); retried twice when the failure may pass (network, 5xx, 408, 429).
 */
export function useArtifact(threadId: string, artifactId: string): UseQueryResult<BoostedArtifact, Error> {
  const client = useThreadlineClient();
  return useQuery({
    queryKey: ['threadline', 'boosted', threadId, 'artifact', artifactId],
    queryFn: ({ signal }) => {
      const controller = client.findController(threadId);
      if (!controller) throw new Error(`No stream is open for thread ${threadId}, so its artifacts cannot be fetched.`);
      if (!('api' in controller)) throw new Error(`Thread ${threadId} speaks ${controller.dialect}, which has no artifacts to fetch.`);
      return (controller as ThreadStreamController).api.getArtifact(threadId, artifactId, signal);
    },
    staleTime: Infinity,
    // A 404 or a 401 will not change on retry; a dropped connection or a 503 may.
    retry: (failures, error) => failures < 2 && (!(error instanceof TransportError) || error.retryable),
  });
}
