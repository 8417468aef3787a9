/**
 * A node of a server-drawn widget tree (ChatKit widgets): a `type` (`Card`, `Text`, `Button`...),
 * an optional `id`, `children`, and the component's props as the server sent them.
 */
export interface WidgetNode {
  type: string;
  id?: string;
  key?: string;
  children?: WidgetNode[];
  [prop: string]: unknown;
}
