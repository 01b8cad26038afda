// the report of an error thrown in a finally callback ends with its step
Promise.resolve(1).finally(() => { throw new Error('x'); });
