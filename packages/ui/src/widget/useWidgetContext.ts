import { createContext, useContext } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { WidgetNode } from '@threadline/headless';
import type { WidgetActionHandler } from './WidgetAction';

/** Props given to the renderer of one widget component. */
export interface WidgetComponentProps {
  node: WidgetNode;
  /** The id of the widget item the component belongs to. */
  itemId: string;
  /** The node's children, already rendered. */
  children?: ReactNode;
}

/** Renderers of widget components, keyed by the component's `type` (`Card`, `Text`, `Button`...). */
export type WidgetComponents = Readonly<Record<string, ComponentType<WidgetComponentProps>>>;

/** @internal What a widget shares with the components inside it. */
export interface WidgetContextValue {
  itemId: string;
  components: WidgetComponents;
  onAction: WidgetActionHandler | null;
}

/** @internal Provided by `ThreadWidget`. */
export const WidgetContext = createContext<WidgetContextValue | null>(null);

/** @internal The nearest widget's id, renderers and action handler. */
export function useWidgetContext(): WidgetContextValue {
  const context = useContext(WidgetContext);
  if (!context) throw new Error('Widget components render inside <ThreadWidget>.');
  return context;
}
