// Rejecting with a non-Error value: node wraps it in UnhandledPromiseRejection
const results = [];
function fetchScore(id) {
  return new Promise((resolve, reject) => {
    if (id < 0) reject('negative id ' + id);
    else resolve(id * 10);
  });
}
fetchScore(3).then((s) => { results.push(s); console.log('score', s); });
fetchScore(-1).then((s) => console.log('unreachable', s));
setTimeout(() => console.log('timer never runs'), 0);
