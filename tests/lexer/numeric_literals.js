// Numeric literal forms: decimal, fraction, exponent, radix prefixes,
// separators and the sloppy-mode legacy forms.
console.log(0, 1, 42, 007 === 7);
console.log(1.5, .5, 5., 0.25, 1e3, 1E3, 1e+3, 1e-3, .5e-3, 2.5e2);
console.log(0x1F, 0XfF, 0o17, 0O17, 0b101, 0B11);
console.log(1_000, 1_000_000.000_1, 0x1_F, 0b1_0_1, 0o7_7, 1e1_0, .1_1);
console.log(017, 010, 08, 09, 09.5, 08e1, 0.0);
console.log(1.7976931348623157e308, 5e-324, 1e400, 2.4703282292062328e-324);
console.log(0x20000000000001, 0x1fffffffffffff, 0xFFFFFFFFFFFFFFFFFFFF);
console.log(123456789012345678901234567890, 0.1 + 0.2, 9007199254740993);
console.log(0b11111111111111111111111111111111111111111111111111111111);
