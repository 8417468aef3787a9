// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ImageViewer, TextViewer } from '@threadline/ui';

afterEach(cleanup);

describe('ImageViewer', () => {
  test('shows the image with its alt text and caption, and its load state as data-state', () => {
    const { container } = render(<ImageViewer artifact={{ type: 'image', title: 'Rack', url: 'https://example.com/rack.png', alt: 'A GPU rack' }} />);
    const figure = container.querySelector('figure');
    const image = screen.getByRole('img', { name: 'A GPU rack' });
    expect(image.getAttribute('src')).toBe('https://example.com/rack.png');
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Rack');
    expect(figure?.getAttribute('data-state')).toBe('loading');

    fireEvent.load(image);
    expect(figure?.getAttribute('data-state')).toBe('ready');
    fireEvent.error(image);
    expect(figure?.getAttribute('data-state')).toBe('error');
  });

  test('shows a labelled placeholder instead of an img for an unsafe URL given by hand', () => {
    const { container } = render(<ImageViewer artifact={{ type: 'image', title: null, url: 'javascript:alert(1)', alt: 'Trap' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('figure')?.getAttribute('data-state')).toBe('blocked');
    expect(screen.getByRole('img', { name: 'Trap (not shown: unsupported image address)' })).toBeTruthy();
  });
});

describe('TextViewer', () => {
  test('renders markdown through MarkdownText, keeping raw HTML as text', () => {
    const { container } = render(<TextViewer artifact={{ type: 'text', title: null, format: 'markdown', text: 'A [link](javascript:alert(1)) and <b>tag</b> and **bold**' }} />);
    const root = container.firstElementChild;
    expect(root?.classList.contains('tl-markdown')).toBe(true);
    expect(root?.getAttribute('data-format')).toBe('markdown');
    expect(root?.querySelector('strong')?.textContent).toBe('bold');
    expect(root?.querySelector('b')).toBeNull();
    expect(root?.querySelector('a[href^="javascript"]')).toBeNull();
  });

  test('renders plain text as it is', () => {
    const { container } = render(<TextViewer artifact={{ type: 'text', title: null, format: 'plain', text: '**not bold**' }} />);
    expect(container.firstElementChild?.textContent).toBe('**not bold**');
    expect(container.querySelector('strong')).toBeNull();
  });
});
