console.log({ b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, 0: 'zero' });
