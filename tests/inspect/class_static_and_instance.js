class Counter {
  static instances = 0;
  #secret = 1;
  count = 0;
  constructor() { Counter.instances++; }
}
console.log(new Counter());
console.log(Counter);
