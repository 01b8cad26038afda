const a = new AggregateError([new Error('one'), 'two'], 'many');
console.log(a.name, a.message, a.errors.length, a.errors[0].message, a.errors[1], a instanceof Error);
console.log(Object.getOwnPropertyDescriptor(a, 'errors').enumerable, Array.isArray(a.errors));
console.log(new AggregateError(new Set([1, 2])).errors, new AggregateError([]).message === '');
try { new AggregateError(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new AggregateError(5); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(AggregateError.length, Object.getPrototypeOf(AggregateError) === Error, String(a));
