const e = new AggregateError([new Error('a')], 'multi');
e.stack = 'AggregateError: multi\n    at agg';
e.errors[0].stack = 'Error: a\n    at one';
console.log(e);
