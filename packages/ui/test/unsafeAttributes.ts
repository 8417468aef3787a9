// Attributes a browser follows, fetches or runs.
const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'ping', 'xlink:href']);
const rasterDataImage = /^data:image\/(png|jpe?g|gif|webp|avif);base64,/i;

/** Every attribute under `root` that could run script or load something other than http(s), mailto or an inline raster image. */
export function unsafeAttributes(root: Element): string[] {
  const found: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of element.attributes) {
      const where = `<${element.tagName.toLowerCase()} ${name}="${value}">`;
      if (name.startsWith('on')) {
        found.push(where);
        continue;
      }
      if (!urlAttributes.has(name)) continue;
      if (name === 'src' && element.tagName === 'IMG' && rasterDataImage.test(value)) continue;
      let protocol: string;
      try {
        protocol = new URL(value, 'https://thread.example/').protocol;
      } catch {
        found.push(`${where} (unparsable)`);
        continue;
      }
      if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'mailto:') found.push(where);
    }
  }
  return found;
}
