// A rejection created inside a timer callback and never handled stops the program
const results = [];
function loadConfig(name) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (name.endsWith('.json')) resolve({ name, port: 8080 });
      else reject(new TypeError(`unsupported config format: ${name}`));
    }, 5);
  });
}
loadConfig('app.json').then((cfg) => {
  results.push(cfg.name);
  console.log('loaded', cfg);
  return loadConfig('app.yaml');
}).then((cfg) => {
  console.log('never reached', cfg);
});
setTimeout(() => console.log('this 200ms timer never fires'), 200);
