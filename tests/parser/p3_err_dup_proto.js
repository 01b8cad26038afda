// two __proto__ definitions in one literal
var o = {
  __proto__: null,
  '__proto__': null
};
