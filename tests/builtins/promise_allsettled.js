// Promise.allSettled: status records in input order
Promise.allSettled([]).then((v) => console.log("empty", v));
Promise.allSettled([1, Promise.reject(new Error("no")), Promise.resolve("yes"), { then(_, r) { r("thenable no"); } }])
  .then((results) => {
    for (const r of results) console.log(r.status, "value" in r ? r.value : r.reason instanceof Error ? r.reason.message : r.reason);
    console.log(Object.keys(results[0]), Object.keys(results[1]));
  });
Promise.allSettled(null).catch((e) => console.log(e.constructor.name, e.message));
