import { Children, cloneElement, forwardRef, isValidElement, version } from 'react';
import type { CSSProperties, ReactElement, ReactNode, Ref } from 'react';
import { useComposedRef } from './useComposedRef';

/** Props of {@link Slot}: anything, merged onto its only child. */
export interface SlotProps extends Record<string, unknown> {
  children?: ReactNode;
}

type AnyProps = Record<string, unknown>;

const reactMajor = Number.parseInt(version, 10);

/**
 * Renders its only child with the slot's props merged in (for `asChild`): the child's own props
 * win, event handlers run child first, class names join, styles merge, refs both receive the node.
 */
// `any`: a slot stands in for whatever element its child is, so it takes that element's ref.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const Slot = forwardRef<any, SlotProps>(function Slot({ children, ...slotProps }, forwardedRef) {
  const child = Children.only(children);
  const childRef = isValidElement(child) ? elementRef(child) : undefined;
  const ref = useComposedRef(forwardedRef, childRef);
  if (!isValidElement<AnyProps>(child)) return null;
  return cloneElement(child, { ...mergeProps(slotProps, child.props), ref });
});

// React 19 moved `ref` into props; reading `element.ref` there logs a warning.
function elementRef(element: ReactElement): Ref<HTMLElement> | undefined {
  if (reactMajor >= 19) return (element.props as { ref?: Ref<HTMLElement> }).ref;
  return (element as unknown as { ref?: Ref<HTMLElement> }).ref;
}

function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps };
  for (const key of Object.keys(slotProps)) {
    const slotValue = slotProps[key];
    const childValue = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof slotValue === 'function' && typeof childValue === 'function') {
      merged[key] = (...args: unknown[]) => {
        childValue(...args);
        slotValue(...args);
      };
    } else if (key === 'className' && typeof childValue === 'string') {
      merged[key] = [slotValue, childValue].filter(Boolean).join(' ');
    } else if (key === 'style' && childValue) {
      merged[key] = { ...(slotValue as CSSProperties), ...(childValue as CSSProperties) };
    }
  }
  return merged;
}
