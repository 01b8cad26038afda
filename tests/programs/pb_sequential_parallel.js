// Running tasks in sequence versus in parallel with a concurrency limit
const log = [];
function job(id, ms) {
  return () => new Promise((resolve) => {
    log.push(`start ${id}`);
    setTimeout(() => {
      log.push(`end ${id}`);
      resolve(id * 10);
    }, ms);
  });
}

function sequence(jobs) {
  return jobs.reduce((chain, j) => chain.then((acc) => j().then((v) => [...acc, v])), Promise.resolve([]));
}

function limit(jobs, n) {
  const results = new Array(jobs.length);
  let next = 0;
  function worker(w) {
    if (next >= jobs.length) return Promise.resolve();
    const i = next++;
    return jobs[i]().then((v) => {
      results[i] = v;
      return worker(w);
    });
  }
  return Promise.all(Array.from({ length: n }, (_, w) => worker(w))).then(() => results);
}

sequence([job(1, 30), job(2, 1), job(3, 10)])
  .then((vals) => {
    console.log('sequence:', vals);
    console.log(log.join(', '));
    log.length = 0;
    return limit([job(1, 60), job(2, 10), job(3, 10), job(4, 10)], 2);
  })
  .then((vals) => {
    console.log('limited:', vals);
    console.log(log.join(', '));
  });
