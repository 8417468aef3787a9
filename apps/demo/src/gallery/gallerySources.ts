// The variants' own files, read as text by Vite at build time, so the code shown never drifts.
import darkThemeThread from './DarkThemeThread.tsx?raw';
import defaultThemeThread from './DefaultThemeThread.tsx?raw';
import teletypeCss from './teletype/teletype.css?raw';
import placeFootnotes from './teletype/placeFootnotes.ts?raw';
import teletypeItem from './teletype/TeletypeItem.tsx?raw';
import teletypeThread from './teletype/TeletypeThread.tsx?raw';
import widgetLines from './teletype/widgetLines.ts?raw';

/** One file shown in a variant's "Code" view. */
export interface GallerySource {
  name: string;
  /** The fence language the code block is labelled with. */
  language: 'tsx' | 'ts' | 'css';
  code: string;
}

/** The files of each variant, its main component first. */
export const gallerySources = {
  default: [{ name: 'DefaultThemeThread.tsx', language: 'tsx', code: defaultThemeThread }],
  dark: [
    { name: 'DarkThemeThread.tsx', language: 'tsx', code: darkThemeThread },
    { name: 'DefaultThemeThread.tsx', language: 'tsx', code: defaultThemeThread },
  ],
  teletype: [
    { name: 'teletype/TeletypeThread.tsx', language: 'tsx', code: teletypeThread },
    { name: 'teletype/TeletypeItem.tsx', language: 'tsx', code: teletypeItem },
    { name: 'teletype/teletype.css', language: 'css', code: teletypeCss },
    { name: 'teletype/placeFootnotes.ts', language: 'ts', code: placeFootnotes },
    { name: 'teletype/widgetLines.ts', language: 'ts', code: widgetLines },
  ],
} satisfies Record<string, GallerySource[]>;
