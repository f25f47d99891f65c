// gunzip(bytes): the bytes a gzip file (RFC 1952) holds, inflated from its DEFLATE stream (RFC 1951).
// The page's WebAssembly travels gzipped (cmake/make_page.cmake). Browsers with DecompressionStream
// (Chrome 80, Firefox 113, Safari 16.4) inflate it natively; this is for the older ones that have
// WebGL 2 all the same (Safari 15 to 16.3 on iPads that cannot update, Firefox 51 to 112).
// Written for this page from the RFCs; tests/browser/inflate_test.mjs checks it against zlib.
// The CRC is not checked: corrupt bytes fail WebAssembly's validation instead.
function gunzip(bytes) {
  var n = bytes.length;
  if (n < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) throw new Error('not a gzip stream');
  var flags = bytes[3];
  var pos = 10;
  if (flags & 4) pos += 2 + (bytes[pos] | bytes[pos + 1] << 8);  // extra field
  if (flags & 8) while (bytes[pos++] !== 0) {}                   // file name
  if (flags & 16) while (bytes[pos++] !== 0) {}                  // comment
  if (flags & 2) pos += 2;                                       // header CRC
  var size = (bytes[n - 4] | bytes[n - 3] << 8 | bytes[n - 2] << 16 | bytes[n - 1] << 24) >>> 0;
  var out = new Uint8Array(size);
  var at = 0;

  // The bit reader: DEFLATE packs its fields from each byte's least significant bit up.
  var hold = 0, held = 0;
  function fill(count) {
    while (held < count) {
      hold |= (pos < n ? bytes[pos] : 0) << held;
      pos++;
      held += 8;
    }
  }
  function bits(count) {
    fill(count);
    var value = hold & ((1 << count) - 1);
    hold >>>= count;
    held -= count;
    return value;
  }

  // A canonical Huffman code from its code lengths, as a table indexed by the next `longest` bits
  // (in stream order): each entry is symbol << 4 | the code's length.
  function code(lengths) {
    var longest = 0, i, length;
    var count = new Uint16Array(16);
    for (i = 0; i < lengths.length; i++) { count[lengths[i]]++; if (lengths[i] > longest) longest = lengths[i]; }
    var next = new Uint16Array(16), first = 0;
    count[0] = 0;
    for (length = 1; length < 16; length++) { first = (first + count[length - 1]) << 1; next[length] = first; }
    var table = new Uint16Array(1 << longest);
    for (i = 0; i < lengths.length; i++) {
      length = lengths[i];
      if (!length) continue;
      var c = next[length]++, reversed = 0;
      for (var k = 0; k < length; k++) { reversed = reversed << 1 | (c & 1); c >>= 1; }
      for (var slot = reversed; slot < table.length; slot += 1 << length) table[slot] = i << 4 | length;
    }
    return { table: table, longest: longest };
  }
  function decode(huffman) {
    fill(huffman.longest);
    var entry = huffman.table[hold & ((1 << huffman.longest) - 1)];
    var length = entry & 15;
    if (!length) throw new Error('bad DEFLATE code');
    hold >>>= length;
    held -= length;
    return entry >> 4;
  }

  // Lengths 3-258 and distances 1-32768: each symbol's base and how many extra bits follow it.
  var lengthBase = [], lengthExtra = [], distanceBase = [], distanceExtra = [], i, base;
  for (i = 0, base = 3; i < 28; i++) { lengthBase.push(base); lengthExtra.push(i < 8 ? 0 : (i >> 2) - 1); base += 1 << lengthExtra[i]; }
  lengthBase.push(258); lengthExtra.push(0);
  for (i = 0, base = 1; i < 30; i++) { distanceBase.push(base); distanceExtra.push(i < 4 ? 0 : (i >> 1) - 1); base += 1 << distanceExtra[i]; }

  var fixedLiterals = null, fixedDistances = null;
  function fixedCodes() {
    if (!fixedLiterals) {
      var lengths = new Uint8Array(288);
      for (var s = 0; s < 288; s++) lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
      fixedLiterals = code(lengths);
      fixedDistances = code(new Uint8Array(30).fill(5));
    }
    return [fixedLiterals, fixedDistances];
  }
  var order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  function dynamicCodes() {
    var literalCount = bits(5) + 257, distanceCount = bits(5) + 1, lengthCodeCount = bits(4) + 4;
    var lengthLengths = new Uint8Array(19);
    for (var j = 0; j < lengthCodeCount; j++) lengthLengths[order[j]] = bits(3);
    var lengthCode = code(lengthLengths);
    var lengths = new Uint8Array(literalCount + distanceCount);
    for (var k = 0; k < lengths.length;) {
      var symbol = decode(lengthCode);
      if (symbol < 16) { lengths[k++] = symbol; continue; }
      var value = 0, repeat;
      if (symbol === 16) {
        if (k === 0) throw new Error('bad DEFLATE lengths');
        value = lengths[k - 1];
        repeat = 3 + bits(2);
      } else {
        repeat = symbol === 17 ? 3 + bits(3) : 11 + bits(7);
      }
      if (k + repeat > lengths.length) throw new Error('bad DEFLATE lengths');
      while (repeat--) lengths[k++] = value;
    }
    return [code(lengths.subarray(0, literalCount)), code(lengths.subarray(literalCount))];
  }

  var last;
  do {
    last = bits(1);
    var type = bits(2);
    if (type === 0) {  // stored: from the next byte boundary, a length, its complement, the bytes
      bits(held & 7);
      var stored = bits(16);
      if ((bits(16) ^ 0xffff) !== stored) throw new Error('bad DEFLATE stored block');
      while (stored--) out[at++] = bits(8);
      continue;
    }
    if (type === 3) throw new Error('bad DEFLATE block type');
    var codes = type === 1 ? fixedCodes() : dynamicCodes();
    for (;;) {
      var symbol = decode(codes[0]);
      if (symbol < 256) { out[at++] = symbol; continue; }
      if (symbol === 256) break;
      symbol -= 257;
      if (symbol >= 29) throw new Error('bad DEFLATE length');
      var length = lengthBase[symbol] + bits(lengthExtra[symbol]);
      var d = decode(codes[1]);
      if (d >= 30) throw new Error('bad DEFLATE distance');
      var from = at - (distanceBase[d] + bits(distanceExtra[d]));
      if (from < 0 || at + length > size) throw new Error('bad DEFLATE distance');
      while (length--) out[at++] = out[from++];  // may overlap: a run repeats itself
    }
  } while (!last);
  if (at !== size) throw new Error('gzip stream ends at ' + at + ' of ' + size + ' bytes');
  return out;
}
