// an unhandled rejection with an Error: node prints it and exits with 1
console.log("before");
Promise.reject(new TypeError("nobody handles this"));
setTimeout(() => console.log("timer never runs"), 0);
