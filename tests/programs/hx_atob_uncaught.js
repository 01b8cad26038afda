// an uncaught DOMException from atob prints as node's does
console.log(btoa('ok'));
atob('a');
