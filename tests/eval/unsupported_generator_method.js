// Not node's behaviour by design: generators are a later issue
// (LANGUAGE.md); a generator method must say so.
const range = {
  from: 1,
  *[Symbol.iterator]() { yield this.from; },
};
