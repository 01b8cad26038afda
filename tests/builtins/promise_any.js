// Promise.any: first fulfilment, or an AggregateError of all reasons
Promise.any([Promise.reject(1), Promise.resolve(2), 3]).then((v) => console.log("any ->", v));
Promise.any([Promise.reject("a"), Promise.reject("b")]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.message, e.errors);
  console.log(Object.getOwnPropertyNames(e), Object.getOwnPropertyDescriptor(e, "errors").enumerable);
});
Promise.any([]).catch((e) => console.log("empty:", e.constructor.name, e.message, e.errors));
Promise.any([new Promise((_, r) => setTimeout(() => r("slow"), 5)), Promise.reject("fast")])
  .catch((e) => console.log("errors in input order:", e.errors));
Promise.any(42).catch((e) => console.log(e.constructor.name, e.message));
