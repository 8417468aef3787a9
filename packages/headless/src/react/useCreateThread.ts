import { useMutation } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { createBoostedApi } from '../api/createBoostedApi';
import type { BoostedApiOptions } from '../api/createBoostedApi';

/** Creates a Boosted thread (`POST /v2/threads`) through react-query; resolves with its id. */
export function useCreateThread(options: BoostedApiOptions): UseMutationResult<{ threadId: string }, Error, string> {
  return useMutation({
    mutationKey: ['threadline', 'boosted', 'create-thread', options.baseUrl],
    mutationFn: (name: string) => createBoostedApi(options).createThread(name),
  });
}
