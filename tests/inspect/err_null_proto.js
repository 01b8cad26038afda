const e = new Error('np');
e.stack = 'Error: np\n    at n';
Object.setPrototypeOf(e, null);
console.log(e);
