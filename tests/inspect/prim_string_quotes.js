const util = require('util');
console.log(util.inspect('plain'));
console.log(util.inspect("it's"));
console.log(util.inspect('say "hi"'));
console.log(util.inspect('it\'s "both"'));
console.log(util.inspect('it\'s "both" `and`'));
console.log(util.inspect('it\'s "all" `three` ${x}'));
console.log(['a', "b'c", 'd"e', "f'g\"h"]);
