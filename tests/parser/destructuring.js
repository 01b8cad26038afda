var [a, , b = 1, ...c] = arr;
let {d, e: {f}, g: [h] = [], ...i} = obj;
const {j = 2} = obj;
[a, b] = [b, a];
({ x: o.p, y: q[0], z = 3 } = src);
[...o.rest] = list;
function p({a, b} = {}, [c, d]) {}
