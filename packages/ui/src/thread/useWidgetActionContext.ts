import { createContext } from 'react';
import type { WidgetActionHandler } from '../widget/WidgetAction';

/** @internal `Thread.Root`'s `onWidgetAction`, kept stable across renders (null when not given). */
export const WidgetActionContext = createContext<WidgetActionHandler | null>(null);
