// process.exitCode may be an integer string
console.log('exiting with', JSON.stringify(process.exitCode = '3'));
