// an unhandled rejection with a non-Error reason
console.log("before");
new Promise((_, reject) => reject("plain string"));
setTimeout(() => console.log("timer never runs"), 0);
