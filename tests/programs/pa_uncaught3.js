console.log('start');
throw { code: 42, msg: 'plain object' };
