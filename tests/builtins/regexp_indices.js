// the d flag: indices and indices.groups
const m = /(a)(?<z>z)?(c)/d.exec('xacy');
console.log(m.indices, m.indices.groups);
console.log(Object.keys(m));
const n = /b(c)/d.exec('abc');
console.log(n.indices[0], n.indices[1], n.indices.groups);
console.log(/x/.exec('x').indices, /x/d.hasIndices);
console.log([...'a1b2'.matchAll(/\d/dg)].map(r => r.indices[0]));
