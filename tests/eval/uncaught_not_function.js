const config = { load: null };
function start() {
  config.load();
}
start();
