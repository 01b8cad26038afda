// A caught error that is rethrown keeps its type and message.
try {
    [].reduce((a, b) => a + b);
} catch (e) {
    console.log("caught", e.name);
    throw e;
}
