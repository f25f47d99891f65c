// The page's own gunzip (web/inflate.js, for browsers without DecompressionStream) against Node's
// zlib: every kind of DEFLATE block (stored, fixed and dynamic Huffman codes), overlapping copies,
// the longest distances, gzip headers with optional fields, and damaged streams.
//   node tests/browser/inflate_test.mjs web/inflate.js
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';

const gunzip = new Function(`${readFileSync(process.argv[2], 'utf8')}\nreturn gunzip;`)();
let passed = 0, failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
function same(actual, expected) {
  if (actual.length !== expected.length) throw new Error(`${actual.length} bytes, expected ${expected.length}`);
  for (let i = 0; i < expected.length; i++)
    if (actual[i] !== expected[i]) throw new Error(`byte ${i} is ${actual[i]}, expected ${expected[i]}`);
}
// A fixed pseudo-random sequence (xorshift32), so a failure repeats.
function noise(count, seed) {
  const bytes = new Uint8Array(count);
  let x = seed;
  for (let i = 0; i < count; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; bytes[i] = x & 0xff; }
  return bytes;
}
const text = Buffer.from('Z1 = w_hidden X + b_hidden; A1 = relu(Z1); Z2 = w_output A1 + b_output; A2 = logistic(Z2)\n'.repeat(2000));
const words = new Uint8Array(200000);  // small alphabet, matches at every distance up to 32768
{ const n = noise(words.length, 7); for (let i = 0; i < words.length; i++) words[i] = i >= 32768 && n[i] < 200 ? words[i - 32768 + (n[i] & 3)] : 97 + (n[i] & 7); }
const inputs = {
  'empty': new Uint8Array(0),
  'one byte': Uint8Array.of(42),
  'a run of one byte (distance 1, overlapping copies)': new Uint8Array(100000).fill(7),
  'text': text,
  'noise (stored blocks)': noise(150000, 1),
  'matches at distances up to 32768': words,
};
for (const [name, bytes] of Object.entries(inputs)) {
  for (const [how, options] of [['level 9', { level: 9 }], ['level 1', { level: 1 }], ['level 0 (stored)', { level: 0 }],
                                ['fixed codes', { strategy: zlib.constants.Z_FIXED }], ['Huffman only', { strategy: zlib.constants.Z_HUFFMAN_ONLY }],
                                ['run lengths', { strategy: zlib.constants.Z_RLE }]])
    check(`${name}, ${how}`, () => same(gunzip(new Uint8Array(zlib.gzipSync(bytes, options))), bytes));
}
check('a header with a name, a comment, an extra field and its CRC', () => {
  const body = zlib.deflateRawSync(text);
  const name = Buffer.from('fontshade.wasm\0'), comment = Buffer.from('a comment\0'), extra = Buffer.from([4, 0, 1, 2, 3, 4]);
  const header = Buffer.from([0x1f, 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32 ? zlib.crc32(text) : 0, 0);
  trailer.writeUInt32LE(text.length, 4);
  same(gunzip(new Uint8Array(Buffer.concat([header, extra, name, comment, Buffer.from([0, 0]), body, trailer]))), text);
});
function refuses(name, bytes, message) {
  check(name, () => {
    let error = null;
    try { gunzip(bytes); } catch (e) { error = e; }
    if (!error || !message.test(error.message)) throw new Error(`gave ${error ? `"${error.message}"` : 'no error'}`);
  });
}
refuses('refuses bytes that are not gzip', new Uint8Array(Buffer.from('not gzip at all, no')), /not a gzip stream/);
const cut = new Uint8Array(zlib.gzipSync(text));
const short = cut.slice();  // the trailer says more bytes than the stream holds
short.set([0xff, 0xff, 0x0f, 0], short.length - 4);
refuses('refuses a stream shorter than its trailer says', short, /gzip stream ends at/);
const badType = cut.slice();
badType[10] |= 6;  // first block's type: 3, which DEFLATE reserves
refuses('refuses a reserved block type', badType, /bad DEFLATE block type/);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
