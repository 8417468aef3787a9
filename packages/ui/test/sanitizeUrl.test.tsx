// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { sanitizeImageUrl, sanitizeUrl } from '@threadline/ui';

describe('sanitizeUrl', () => {
  test('keeps absolute http, https and mailto URLs, normalized', () => {
    expect(sanitizeUrl('https://www.reuters.com/technology/nvidia')).toBe('https://www.reuters.com/technology/nvidia');
    expect(sanitizeUrl('  http://Example.com  ')).toBe('http://example.com/');
    expect(sanitizeUrl('mailto:ir@nvidia.com')).toBe('mailto:ir@nvidia.com');
    expect(sanitizeUrl('HTTPS://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
  });

  test.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/file'],
    ['blob:https://example.com/uuid'],
  ])('rejects %j', (url) => {
    expect(sanitizeUrl(url)).toBeNull();
  });

  test('rejects relative, empty and missing URLs', () => {
    expect(sanitizeUrl('/news/article')).toBeNull();
    expect(sanitizeUrl('//evil.example/path')).toBeNull();
    expect(sanitizeUrl('#top')).toBeNull();
    expect(sanitizeUrl('')).toBeNull();
    expect(sanitizeUrl(null)).toBeNull();
    expect(sanitizeUrl(undefined)).toBeNull();
  });
});

describe('sanitizeImageUrl', () => {
  test('keeps only http and https URLs by default', () => {
    expect(sanitizeImageUrl('https://example.com/chart.png')).toBe('https://example.com/chart.png');
    expect(sanitizeImageUrl('mailto:someone@example.com')).toBeNull();
    expect(sanitizeImageUrl('javascript:alert(1)')).toBeNull();
    expect(sanitizeImageUrl('data:image/png;base64,iVBORw0KGgo=')).toBeNull();
    expect(sanitizeImageUrl(undefined)).toBeNull();
  });

  test('accepts inline raster images, never SVG, when asked', () => {
    const options = { allowDataImages: true };
    expect(sanitizeImageUrl('data:image/png;base64,iVBORw0KGgo=', options)).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(sanitizeImageUrl('data:image/jpeg;base64,/9j/4AAQ', options)).toBe('data:image/jpeg;base64,/9j/4AAQ');
    expect(sanitizeImageUrl('data:image/svg+xml;base64,PHN2Zz4=', options)).toBeNull();
    expect(sanitizeImageUrl('data:text/html;base64,PGgxPg==', options)).toBeNull();
  });
});
