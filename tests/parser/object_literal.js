o = {
  a: 1, "b": 2, 3: 4, [k]: 5,
  c, get, set, static: 6,
  get x() { return 1 },
  set x(v) {},
  m() {},
  get: 7,
  ...rest,
  __proto__: null,
  if: 8, class: 9,
};
