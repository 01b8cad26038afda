// An uncaught error thrown from setImmediate: the message and exit code match node
const jobs = ['resize', 'compress', 'upload'];
let done = 0;
setImmediate(() => {
  for (const job of jobs) {
    if (job === 'upload') {
      const e = new Error(`${job} failed after ${done} jobs`);
      e.code = 'E_UPLOAD';
      throw e;
    }
    done++;
    console.log('finished', job);
  }
});
