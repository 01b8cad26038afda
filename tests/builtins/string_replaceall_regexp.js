// replaceAll takes a global RegExp only
console.log("a-b-c".replaceAll(/-/g, "+"));
console.log("aaa".replaceAll(/a/g, (m, i) => i));
try {
  "a".replaceAll(/a/, "b");
} catch (e) {
  console.log(e.name, e.message);
}
