import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPngDataUrl } from '../src/boosted/createPngDataUrl';
import { appleRevenueMixImage } from '../src/boosted/scenarios/appleArtifacts';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface PngChunk {
  type: string;
  data: Buffer;
  crcMatches: boolean;
}

function decodeDataUrl(url: string): Buffer {
  const prefix = 'data:image/png;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), 'base64');
}

function readChunks(png: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  let offset = pngSignature.length;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    chunks.push({ type: typeAndData.subarray(0, 4).toString('ascii'), data: typeAndData.subarray(4), crcMatches: crc32(typeAndData) === crc });
    offset += 12 + length;
  }
  return chunks;
}

/** The RGB of pixel (x, y) in unfiltered 8-bit RGB scanlines. */
function pixelAt(scanlines: Buffer, width: number, x: number, y: number): number[] {
  const offset = y * (1 + width * 3) + 1 + x * 3;
  return [...scanlines.subarray(offset, offset + 3)];
}

describe('createPngDataUrl', () => {
  it('writes the PNG signature, an 8-bit RGB IHDR with the size, IDAT and IEND, each with a valid CRC', () => {
    const png = decodeDataUrl(createPngDataUrl(7, 3, () => [0, 0, 0]));
    expect([...png.subarray(0, 8)]).toEqual(pngSignature);

    const chunks = readChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcMatches)).toBe(true);
    const header = chunks[0]?.data as Buffer;
    expect(header.length).toBe(13);
    expect(header.readUInt32BE(0)).toBe(7);
    expect(header.readUInt32BE(4)).toBe(3);
    expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
    expect(chunks[2]?.data.length).toBe(0);
  });

  it('compresses one unfiltered scanline per row holding the painted colour of each pixel', () => {
    const png = decodeDataUrl(createPngDataUrl(4, 2, (x, y) => [x * 60, y * 200, 7]));
    const scanlines = inflateSync(readChunks(png)[1]?.data as Buffer);
    expect(scanlines.length).toBe(2 * (1 + 4 * 3));
    expect([scanlines[0], scanlines[1 + 4 * 3]]).toEqual([0, 0]);
    expect(pixelAt(scanlines, 4, 0, 0)).toEqual([0, 0, 7]);
    expect(pixelAt(scanlines, 4, 3, 1)).toEqual([180, 200, 7]);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => createPngDataUrl(0, 10, () => [0, 0, 0])).toThrow(RangeError);
    expect(() => createPngDataUrl(10, 1.5, () => [0, 0, 0])).toThrow(RangeError);
  });

  it('draws the gallery image as a 320×160 picture with an axis and coloured bars', () => {
    const png = decodeDataUrl(appleRevenueMixImage.url);
    const chunks = readChunks(png);
    const header = chunks[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([320, 160]);
    const scanlines = inflateSync(chunks.find((chunk) => chunk.type === 'IDAT')?.data as Buffer);
    expect(scanlines.length).toBe(160 * (1 + 320 * 3));
    // The first bar's bottom is iPhone blue, its top Services orange; between the bars is background.
    expect(pixelAt(scanlines, 320, 55, 130)).toEqual([37, 99, 235]);
    expect(pixelAt(scanlines, 320, 55, 20)).toEqual([234, 88, 12]);
    expect(pixelAt(scanlines, 320, 20, 130)).toEqual([248, 250, 252]);
    expect(pixelAt(scanlines, 320, 160, 140)).toEqual([100, 116, 139]);
  });
});
