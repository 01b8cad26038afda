console.log('out first');
throw 'a plain string';
