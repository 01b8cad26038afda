// Retry with backoff: a small async utility built on promise chains
function flaky(name, failures) {
  let attempts = 0;
  return () => new Promise((resolve, reject) => {
    attempts++;
    setTimeout(() => {
      if (attempts <= failures) reject(new Error(`${name} failed (attempt ${attempts})`));
      else resolve(`${name} ok after ${attempts} attempts`);
    }, 1);
  });
}

function retry(fn, retries, delay) {
  return fn().catch((err) => {
    console.log('  retrying:', err.message, `(${retries} left)`);
    if (retries === 0) throw err;
    return new Promise((r) => setTimeout(r, delay)).then(() => retry(fn, retries - 1, delay * 2));
  });
}

function timeout(promise, ms, label) {
  let timer;
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
}

retry(flaky('db', 2), 3, 1)
  .then((v) => console.log('result:', v))
  .then(() => retry(flaky('api', 5), 2, 1))
  .then((v) => console.log('unexpected', v))
  .catch((e) => console.log('gave up:', e.message))
  .then(() => timeout(new Promise((r) => setTimeout(() => r('fast enough'), 5)), 200, 'quick'))
  .then((v) => console.log(v))
  .then(() => timeout(new Promise(() => {}), 30, 'hang'))
  .catch((e) => console.log(e.message))
  .finally(() => console.log('all attempts finished'));
