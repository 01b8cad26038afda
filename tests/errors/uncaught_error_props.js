const e = new Error('m');
e.code = 'E_X';
e.info = { a: [1] };
throw e;
