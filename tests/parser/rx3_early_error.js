// An invalid regular expression literal is an early error: nothing runs,
// even though the literal sits in a function that is never called.
console.log('must not print');
function never() {
  return /(?<a>x)(?<a>y)/;
}
