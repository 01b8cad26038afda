console.log(['a fairly long string number one', 'a fairly long string number two', 'three']);
console.log(['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', 'z']);
