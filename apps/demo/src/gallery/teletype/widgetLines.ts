import type { WidgetNode } from '@threadline/headless';

/** One line of a widget drawn as text. */
export type WidgetLine =
  | { kind: 'title'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'rule' }
  | { kind: 'row'; cells: string[] };

function ownText(node: WidgetNode): string | null {
  for (const field of ['value', 'label', 'title'] as const) {
    const value = node[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

function cellsOf(node: WidgetNode): string[] {
  if (node.type === 'Spacer') return [];
  const text = ownText(node);
  return [...(text ? [text] : []), ...(node.children ?? []).flatMap(cellsOf)];
}

/**
 * A ChatKit widget tree flattened to lines of text: titles, text, dividers, and each `Row` as
 * one line of cells. Every value stays text; nothing the server sent becomes markup.
 */
export function widgetLines(node: WidgetNode): WidgetLine[] {
  switch (node.type) {
    case 'Divider': {
      return [{ kind: 'rule' }];
    }
    case 'Row': {
      const cells = (node.children ?? []).flatMap(cellsOf);
      return cells.length > 0 ? [{ kind: 'row', cells }] : [];
    }
    case 'Title': {
      const text = ownText(node);
      return text ? [{ kind: 'title', text }] : [];
    }
    default: {
      const text = ownText(node);
      return [...(text ? [{ kind: 'text' as const, text }] : []), ...(node.children ?? []).flatMap(widgetLines)];
    }
  }
}
