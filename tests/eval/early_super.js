const o = {
  m() { return super.m(); },
};
function f() { return super.x; }
