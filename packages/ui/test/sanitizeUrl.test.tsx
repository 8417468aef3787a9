// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { sanitizeUrl } from '@threadline/ui';

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
