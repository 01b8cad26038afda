// parseInt and parseFloat
const ints = ['42', '  -42px', '0x1F', '0X1f', '-0x10', '08', '1e3', '', 'abc', '12.9', '+7', '123456789012345678901234567890', '\n\t 9', '0b101', '-0'];
console.log(ints.map(s => parseInt(s)).join(' '));
console.log(parseInt('ff', 16), parseInt('0xff', 16), parseInt('z', 36), parseInt('101', 2), parseInt('7', 8), parseInt('9', 8), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0));
console.log(parseInt(null, 36), parseInt(0.0000005), parseInt(1e21), parseInt('Infinity'), Object.is(parseInt('-0'), -0));
const floats = ['3.14', '  -2.5e3xyz', '.5', '-.5e-2', 'Infinity', '-Infinityx', 'inf', '1e', '1e+', '0x10', '', '1.2.3', '+1_000', '00012', '1e400', '-0'];
console.log(floats.map(s => parseFloat(s)).join(' '));
console.log(parseFloat('\u00a0 42'), parseFloat('4e-400'), Object.is(parseFloat('-0'), -0), parseFloat([' 7 ', 8]));
console.log(parseInt('zzzzzzzzzzzzzz', 36), parseInt('123456789abcdefg', 17), parseInt('1'.repeat(60), 2), parseInt('fffffffffffffffff', 16), parseInt('7'.repeat(25), 8));
console.log(parseInt('1'.repeat(1100), 2), parseInt('2'.repeat(30), 3), parseInt('gggggggggggggggggggggg', 20));
