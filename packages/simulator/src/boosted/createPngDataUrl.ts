import { crc32, deflateSync } from 'node:zlib';

/** The colour of one pixel, each channel 0 to 255. */
export type PngColor = readonly [red: number, green: number, blue: number];

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const bitDepth = 8;
const truecolour = 2;

/**
 * Encodes a `width`×`height` picture as an 8-bit RGB PNG and returns it as a
 * `data:image/png;base64,...` URL. `paint` gives the colour of each pixel, row by row from the
 * top left.
 */
export function createPngDataUrl(width: number, height: number, paint: (x: number, y: number) => PngColor): string {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`createPngDataUrl: width and height must be positive integers, got ${width}×${height}`);
  }
  const rowLength = 1 + width * 3;
  // Each scanline starts with its filter type; 0 (none) leaves the bytes as they are.
  const pixels = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [red, green, blue] = paint(x, y);
      const offset = y * rowLength + 1 + x * 3;
      pixels[offset] = red;
      pixels[offset + 1] = green;
      pixels[offset + 2] = blue;
    }
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = bitDepth;
  header[9] = truecolour;
  // Bytes 10 to 12 (compression, filter method, interlace) stay 0: the only standard values.

  const png = Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}
