// an AggregateError left unhandled keeps inspect's brackets in the report
Promise.any([Promise.reject(new Error('a'))]);
