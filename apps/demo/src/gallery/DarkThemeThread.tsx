import { DefaultThemeThread } from './DefaultThemeThread';
import type { GalleryThreadProps } from './galleryThread';

/**
 * The same parts and the same thread in the dark theme: `data-tl-theme="dark"` on any
 * container switches every `--tl-*` variable inside it, whatever the system's scheme.
 */
export function DarkThemeThread(props: GalleryThreadProps) {
  return (
    <div data-tl-theme="dark" style={{ display: 'flex', flex: 1, minHeight: 0, background: 'var(--tl-surface)', color: 'var(--tl-text)' }}>
      <DefaultThemeThread {...props} label="Thread in the dark theme" announce={false} />
    </div>
  );
}
