const err = new Error('with cause', { cause: new TypeError('inner') });
throw err;
