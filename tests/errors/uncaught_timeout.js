setTimeout(() => {
  null.x;
}, 0);
console.log('scheduled');
