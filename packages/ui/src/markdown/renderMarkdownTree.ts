import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Components as JsxComponents } from 'hast-util-to-jsx-runtime';
import type { Root } from 'mdast';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Components } from 'react-markdown';
import { toMarkdownHast } from './toMarkdownHast';
import type { HastTransform } from './toMarkdownHast';

/**
 * The React elements for a markdown tree, as react-markdown creates them: each element of
 * `components` gets the props and the hast `node` it gets from react-markdown, so overrides typed
 * with react-markdown's `Components` work unchanged. No processor is built: the steps are plain
 * functions (see `toMarkdownHast`).
 */
export function renderMarkdownTree(tree: Root, transforms: readonly HastTransform[], components: Components): ReactElement {
  return toJsxRuntime(toMarkdownHast(tree, transforms), {
    Fragment,
    jsx,
    jsxs,
    // The same map as react-markdown's type, which it hands to this function too.
    components: components as JsxComponents,
    ignoreInvalidStyle: true,
    passKeys: true,
    passNode: true,
  });
}
