function named() {}
console.log(named, function () {}, () => {});
console.log([named, () => {}]);
console.log({ f: named, g() {}, h: () => 1 });
const anon = (0, function () {});
console.log(anon);
