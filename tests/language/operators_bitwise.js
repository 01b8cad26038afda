// Bitwise operators, shifts and ToInt32/ToUint32.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >> 1, -1 >>> 0, -1 >>> 28, 256 >> 4);
console.log(2147483647 + 1 | 0, 4294967296 | 0, 4294967295 | 0, 3e9 | 0, -3e9 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity >>> 0, "12" | 1, "0x10" & 255);
var a = 0b1010, b = 0o17, c = 0xff;
a &= 6; b |= 16; c ^= 15;
console.log(a, b, c);
var s = 1; s <<= 4; console.log(s); s >>= 2; console.log(s); s = -16; s >>>= 28; console.log(s);
console.log(1 + 2 << 1, 1 | 2 & 3, (1 | 2) & 3, 6 & 3 === 2);
