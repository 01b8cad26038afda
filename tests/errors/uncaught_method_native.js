const o = {
  parse(text) { return JSON.parse(text); },
};
o.parse('{bad');
