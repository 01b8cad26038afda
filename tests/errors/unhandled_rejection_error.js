const p = Promise.reject(new RangeError('pr'));
