import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The guides in docs/guides/ are the consumer apps' code: a code block marked
// `<!-- file: consumers/… -->` must be that file, byte for byte, and an install block marked
// `<!-- install: consumers/<app> -->` must name the packages the app installs. The consumer
// test (`pnpm test:consumers`) builds and runs those apps from the packed packages, so a
// guide followed word by word is code that CI ran.

const root = fileURLToPath(new URL('../', import.meta.url));
const guideFolder = path.join(root, 'docs/guides');
const guides = readdirSync(guideFolder).filter((name) => name.endsWith('.md'));
const marked = /<!-- (file|install): (\S+) -->\n+```\w*\n([\s\S]*?)```/g;

interface Marked {
  guide: string;
  kind: 'file' | 'install';
  target: string;
  code: string;
}

const blocks: Marked[] = guides.flatMap((guide) =>
  [...readFileSync(path.join(guideFolder, guide), 'utf8').matchAll(marked)].map(([, kind, target, code]) => ({ guide, kind: kind as Marked['kind'], target: target!, code: code! })),
);

/** Packages a `npm install …` line names, without versions. */
function installed(code: string): string[] {
  return code
    .split('\n')
    .filter((line) => line.startsWith('npm install '))
    .flatMap((line) => line.split(/\s+/).slice(2))
    .filter((word) => !word.startsWith('-'))
    .map((word) => word.replace(/(?<=.)@[^/]*$/, ''));
}

describe('the guides are the consumer apps', () => {
  it('has a guide per dialect and one for frameworks', () => {
    expect(guides).toEqual(expect.arrayContaining(['assistants.md', 'boosted.md', 'chatkit.md', 'teammate.md', 'frameworks.md', 'README.md']));
  });

  it.each(blocks.filter((block) => block.kind === 'file').map((block) => [`${block.guide}: ${block.target}`, block] as const))('%s is the file, byte for byte', (_, block) => {
    expect(block.code, `${block.guide} shows ${block.target} as it is in the repository`).toBe(readFileSync(path.join(root, block.target), 'utf8'));
  });

  it.each(blocks.filter((block) => block.kind === 'install').map((block) => [`${block.guide}: ${block.target}`, block] as const))('%s installs what the app installs', (_, block) => {
    const manifest = JSON.parse(readFileSync(path.join(root, block.target, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    const names = installed(block.code);
    expect(declared, 'every package the guide installs is one the app has').toEqual(expect.arrayContaining(names));
    const needed = declared.filter((name) => name.startsWith('@threadline/') || name === '@tanstack/react-query' || name === 'zustand');
    expect(names, 'the guide installs every Threadline package and peer the app has').toEqual(expect.arrayContaining(needed));
  });

  it('shows every source file of the consumer apps in a guide, except the Vite app\'s dialect switch', () => {
    const shown = new Set(blocks.filter((block) => block.kind === 'file').map((block) => block.target));
    const sources = ['consumers/vite-app/src', 'consumers/next-app/app'].flatMap((folder) => readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`));
    expect(sources.filter((file) => !shown.has(file))).toEqual(['consumers/vite-app/src/App.tsx']);
  });
});
