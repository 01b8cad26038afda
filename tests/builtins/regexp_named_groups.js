// named groups: groups object, \k, $<name>, and names in replacer arguments
const re = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/;
const m = re.exec('on 2024-05 ok');
console.log(m.groups, Object.getPrototypeOf(m.groups), m.groups.day);
console.log(Object.keys(m.groups));
console.log('2024-05-17'.replace(re, '$<day>/$<month>/$<year>'));
console.log('2024-05'.replace(re, '[$<nope>][$<day>]'));
console.log('2024-05'.replace(re, (...args) => JSON.stringify(args[args.length - 1])));
console.log(/(?<a>x)\k<a>/.test('xx'), /(?<a>x)\k<a>/.test('xy'));
console.log(/\k<a>(?<a>b)/.exec('b')[0]);
console.log(/(?<$d>1)(?<_u>2)(?<é>3)/.exec('123').groups);
console.log(/(?<\u0061b>z)/.exec('z').groups);
console.log(/\k<x>/.test('k<x>'), 'ab'.replace(/(a)/, '$<x>'));
const { groups: { h, mi } } = /(?<h>\d+):(?<mi>\d+)/.exec('12:34');
console.log(h, mi);
