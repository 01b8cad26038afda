function f(a, b = a * 2, c = () => a + b) { a = 10; return [a, b, c()]; }
console.log(f(1), f(1, 1));
let counter = 0;
function g(x = ++counter) { return x; }
console.log(g(), g(), g(5), counter);
function h(x = 1, { y } = { y: 2 }, [z] = [3]) { return x + y + z; }
console.log(h(), h(10, { y: 20 }, [30]), h(undefined, undefined, undefined), h(null === null ? undefined : 0));
const arrow = (p = 'dp', ...rest) => p + rest.length;
console.log(arrow(), arrow('x', 1, 2));
function usesOuter(v = outerVal) { return v; }
const outerVal = 'outer';
console.log(usesOuter());
function defaultFn(cb = function () { return 'anon'; }) { return cb.name + ':' + cb(); }
console.log(defaultFn());
