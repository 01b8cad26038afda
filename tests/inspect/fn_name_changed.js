function f() {}
Object.defineProperty(f, 'name', { value: 'renamed' });
console.log(f);
function g() {}
Object.defineProperty(g, 'name', { value: '' });
console.log(g);
function h() {}
Object.defineProperty(h, 'name', { value: 42 });
console.log(h);
