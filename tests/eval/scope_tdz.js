// let/const block scoping and the temporal dead zone
let a = 1;
{
  let a = 2;
  console.log(a);
}
console.log(a);
function f() {
  try { console.log(b); } catch (e) { console.log(e.name + ': ' + e.message); }
  let b = 3;
  return b;
}
console.log(f());
try { c = 1; } catch (e) { console.log(e.message); }
let c = 2;
console.log(c);
const k = 5;
try { k = 6; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof notDeclaredAnywhere);
try { typeof tdzLater; let tdzLater = 1; } catch (e) { console.log(e.message); }
for (let i = 0; i < 2; i++) { try { console.log(inner); } catch (e) { console.log(e.message); } let inner = i; console.log(inner); }
