console.table([{ obj: { deep: { deeper: 1 } }, arr: [1, 2, 3], fn: function f() {}, s: Symbol('q') }]);
console.table([{ str: "it's" }, { str: 'a"b' }]);
