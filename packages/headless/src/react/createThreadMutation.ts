import { MutationObserver } from '@tanstack/react-query';
import type { MutationKey, QueryClient } from '@tanstack/react-query';
import type { ThreadActivityKind } from '../store/ThreadActivity';
import type { ThreadStore } from '../store/createThreadStore';

/** What {@link createThreadMutation} runs: the request, and the thread whose activity it is. */
export interface ThreadMutationOptions<TVariables> {
  mutationKey: MutationKey;
  mutationFn: (variables: TVariables) => Promise<void>;
  /** The store key of the thread the request acts on, if it has one yet. */
  threadKeyOf: (variables: TVariables) => string | null;
  kind: ThreadActivityKind;
}

/**
 * A thread request run as a react-query mutation, so it is in the client's mutation cache (devtools,
 * `useIsMutating`, the client's default mutation options), with its pending state kept in the
 * thread store instead of a mutation observer the component subscribes to: a request starting or
 * settling then shows in the store's next frame, with the stream, and never renders on its own.
 * The returned function rejects as the request does.
 */
export function createThreadMutation<TVariables>(
  queryClient: QueryClient,
  threadStore: ThreadStore,
  { mutationKey, mutationFn, threadKeyOf, kind }: ThreadMutationOptions<TVariables>,
): (variables: TVariables) => Promise<void> {
  const observer = new MutationObserver<void, Error, TVariables>(queryClient, { mutationKey, mutationFn });
  return async (variables) => {
    const threadKey = threadKeyOf(variables);
    const end = threadKey === null ? undefined : threadStore.beginActivity(threadKey, kind);
    try {
      await observer.mutate(variables);
    } finally {
      end?.();
    }
  };
}
