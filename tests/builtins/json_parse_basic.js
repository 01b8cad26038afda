// JSON.parse of every value kind
console.log(JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e"},"f":-1.5e3}'));
console.log(JSON.parse(' [ 1 , 2 ] '), JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'), JSON.parse('0'), JSON.parse('-0'), JSON.parse('1E2'));
console.log(JSON.parse('"\\ud83d\\ude00"').length, JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')));
console.log(JSON.parse('{"a":1,"a":2}').a, JSON.parse('[]').length, JSON.parse('{}'), JSON.parse('null'), JSON.parse(' true\n'));
console.log(JSON.parse(123), JSON.parse(true), JSON.parse(null), JSON.parse('"é€😀"'), JSON.parse('1.7976931348623157e309'));
console.log(typeof JSON.parse('{"x":{"y":{"z":[[]]}}}').x.y.z[0], JSON.parse('[1e-400, 123456789012345678901234567890]'));
console.log(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag], JSON.parse.length, JSON.stringify.length);
