console.log('to stdout');
console.warn('warn to stderr');
console.error('error to stderr', { a: 1 });
console.info('info to stdout');
console.debug('debug to stdout');
console.trace === undefined || console.log('trace exists');
