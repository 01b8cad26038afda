class E extends Error {
  constructor(m) { super(m); this.name = 'E'; this.extra = 1; }
}
throw new E('hi');
