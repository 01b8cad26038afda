// Automatic semicolon insertion, including the restricted productions.
let a = 1
let b = 2
console.log(a + b)
function f() {
    return
    42
}
console.log(f())
let i = 0
i
++
a
console.log(i, a)
const g = function () { return "g" }
const arr = [1, 2]
;[3, 4].forEach(x => arr.push(x))
console.log(arr)
let c = 1
const s = `tmpl`
console.log(c, s)
do c++; while (c < 3) console.log("after do-while", c)
var t = 1, u = t
+ 1
console.log(u)
label: for (;;) { break
    label }
console.log("done")
const obj = { k: 1 }
console.log(obj
    .k)
let x = 5
x
--
b
console.log(x, b)
