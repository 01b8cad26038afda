class MyArr extends Array {}
const a = new MyArr();
a.push(1, 2);
console.log(a);
console.log(new MyArr());
class MyErr extends TypeError {}
const e = new MyErr('bad');
e.stack = 'MyErr: bad\n    at x';
console.log(e);
