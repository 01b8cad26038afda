// quantifiers, alternation, captures in repeats
console.log(/a{2}/.exec('aaa')[0], /a{2,}/.exec('aaaa')[0], /a{1,2}?/.exec('aaa')[0], /a+?b/.exec('aaab')[0]);
console.log(/(?:ab)+/.exec('ababx')[0], 'ab'.match(/a|/g), /(a|ab)(c|bcd)(d*)/.exec('abcd'));
console.log(/(z)((a+)?(c))*/.exec('zaacac'));
console.log(/(?:a|b)*?c/.exec('abc')[0], /x*y+$/.exec('xxyy')[0], /[a-z]{2,3}?\d/.exec('abcd1')[0]);
console.log(/a{0}b/.exec('ab')[0], /(a){0}/.exec('a'), /a??b/.exec('ab')[0]);
