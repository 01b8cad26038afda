const o = { level1: { level2: { level3: 'a string that is fairly long', other: 'another string value' } } };
console.log(o);
const p = { l1: { l2: { l3: { l4: 1 } }, sibling: 'text text text text text text text text' } };
console.log(p);
