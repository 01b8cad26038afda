console.log('start');
throw new RangeError('custom range');
