#!/usr/bin/env bash
# run.sh WEAKJS - the command line's contract: flags, stdin, exit codes,
# error reports, and the limits on recursion and nesting.  Inputs too big
# to keep in the corpus are made here.  Prints `N passed, N failed`.
set -u
engine=$1
case $engine in */*) engine=$(cd "$(dirname "$engine")" && pwd)/$(basename "$engine") ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
pass=0 fail=0

# check NAME EXPECTED-STATUS EXPECTED-STDOUT STDERR-SUBSTRING -- COMMAND...
check() {
    local name=$1 want_rc=$2 want_out=$3 want_err=$4
    shift 5
    local out err rc
    out=$(timeout 60 "$@" 2>"$tmp/err" </dev/null)
    rc=$?
    err=$(cat "$tmp/err")
    if [ "$rc" = "$want_rc" ] && [ "$out" = "$want_out" ] && [[ "$err" == *"$want_err"* ]]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $name: status $rc (want $want_rc)"
        echo "  stdout: $(printf %q "$out") (want $(printf %q "$want_out"))"
        echo "  stderr: $(printf %q "${err:0:400}") (want to contain $(printf %q "$want_err"))"
    fi
}

check version 0 "weakjs 0.1.0" "" -- "$engine" --version
check help 0 "$("$engine" --help | head -1)" "" -- sh -c "\"$engine\" --help | head -1"
check eval 0 "3" "" -- "$engine" -e 'console.log(1 + 2)'
check print 0 "[ 1, 2 ]" "" -- "$engine" -p '[1, 2]'
check print-string 0 "abc" "" -- "$engine" -p '"abc"'
check argv 0 "3 x y" "" -- "$engine" -e 'console.log(process.argv.length, process.argv[1], process.argv[2])' x y
printf 'console.log(process.argv.slice(2).join(","))\n' >args.js
check script-args 0 "a,b,c" "" -- "$engine" args.js a b c
check stdin 0 "42" "" -- sh -c "echo 'console.log(6 * 7)' | \"$engine\""
# -e/-p and stdin run in the global scope, with node's module globals
check eval-scope 0 "object object string string false undefined 1" "" -- "$engine" -e \
    'var zz = 1; console.log(typeof module, typeof exports, typeof __filename, typeof __dirname, this === module.exports, typeof arguments, globalThis.zz)'
check eval-names 0 "[eval] . [eval] true" "" -- "$engine" -e \
    'console.log(__filename, __dirname, module.id, module.exports === exports)'
check print-scope 0 "[eval] true" "" -- "$engine" -p '__filename + " " + (this === globalThis)'
check stdin-scope 0 "[stdin] . true 1" "" -- sh -c \
    "echo 'var zz = 1; console.log(__filename, __dirname, Object.keys(globalThis).includes(\"module\"), globalThis.zz)' | \"$engine\""
check missing-file 1 "" "cannot open" -- "$engine" no-such-file.js
check bad-option 9 "" "bad option" -- "$engine" --no-such-option

printf 'let o;\nconsole.log("before");\no.x;\n' >uncaught.js
check uncaught 1 "before" "uncaught.js:3
o.x;
  ^

TypeError: Cannot read properties of undefined (reading 'x')" -- "$engine" uncaught.js
printf 'let a = 1;\nlet b = ;\n' >syntax.js
check syntax-error 1 "" "syntax.js:2
let b = ;
        ^

SyntaxError: Unexpected token ';'" -- "$engine" syntax.js
printf 'throw 42;\n' >throw-value.js
# as node 20: no "Uncaught" prefix outside the REPL, the value right under the caret
check throw-value 1 "" "throw-value.js:1
throw 42;
^
42
(Use \`node --trace-uncaught ...\` to show where the exception was thrown)" -- "$engine" throw-value.js
check exit-code 3 "x" "" -- "$engine" -e 'console.log("x"); process.exitCode = 3'
check exit 5 "" "" -- "$engine" -e 'process.exit(5); console.log("not here")'
check timer-order 0 "sync
micro
timeout" "" -- "$engine" -e 'setTimeout(() => console.log("timeout"), 0); queueMicrotask(() => console.log("micro")); console.log("sync")'

# recursion: 5,000 frames work; runaway recursion is a catchable RangeError
check recursion-5000 0 "5000" "" -- "$engine" -e 'function f(n) { return n ? f(n - 1) + 1 : 0 } console.log(f(5000))'
check recursion-runaway 0 "RangeError Maximum call stack size exceeded" "" -- \
    "$engine" -e 'function f() { return f() + 1 } try { f() } catch (e) { console.log(e.name, e.message) }'
check recursion-uncaught 1 "" "RangeError: Maximum call stack size exceeded" -- "$engine" -e 'function f() { f() } f()'

# nesting: 1,000 deep runs, 100,000 deep is a clean error
nest() { # nest N OPEN CLOSE INNER
    python3 -c "import sys; n=int(sys.argv[1]); print(sys.argv[2]*n + sys.argv[4] + sys.argv[3]*n)" "$@"
}
{ printf 'console.log('; nest 1000 '(' ')' 1; printf ')\n'; } >parens.js
check nest-parens 0 "1" "" -- "$engine" parens.js
{ printf 'console.log(JSON.stringify('; nest 1000 '[' ']' 1; printf ').length)\n'; } >arrays.js
check nest-arrays 0 "2001" "" -- "$engine" arrays.js
{ printf 'let o = '; nest 1000 '{a:' '}' 1; printf ';\nlet d = 0; while (typeof o === "object") { o = o.a; d++ } console.log(d)\n'; } >objects.js
check nest-objects 0 "1000" "" -- "$engine" objects.js
{ nest 1000 '{' '}' 'console.log("deep");'; } >blocks.js
check nest-blocks 0 "deep" "" -- "$engine" blocks.js
{ nest 1000 'if (1) ' '' 'console.log("ifs");'; } >ifs.js
check nest-ifs 0 "ifs" "" -- "$engine" ifs.js
{ printf 'let f = '; nest 1000 '() => ' '' '7'; printf ';\nlet v = f; while (typeof v === "function") v = v(); console.log(v)\n'; } >arrows.js
check nest-arrows 0 "7" "" -- "$engine" arrows.js
python3 -c "print('console.log(' + '+'.join(['1'] * 10000) + ')')" >sum.js
check long-plus-chain 0 "10000" "" -- "$engine" sum.js
for kind in parens arrays blocks; do
    case $kind in
        parens) nest 100000 '(' ')' 1 >deep-$kind.js ;;
        arrays) nest 100000 '[' ']' 1 >deep-$kind.js ;;
        blocks) nest 100000 '{' '}' '' >deep-$kind.js ;;
    esac
    check deep-$kind 1 "" "RangeError: Maximum call stack size exceeded" -- "$engine" deep-$kind.js
done

# bad bytes: NUL and invalid UTF-8 are errors at their position, never a silent end
printf 'console.log(1);\n\0console.log(2);\n' >nul.js
check nul-byte 1 "" "SyntaxError: Invalid or unexpected token" -- "$engine" nul.js
printf 'let s = "\xc3\x28";\n' >utf8.js
check bad-utf8 1 "" "SyntaxError: Invalid or unexpected token" -- "$engine" utf8.js

# uncaught-error reports as node 20 prints them, its internal frames left out:
# scripts are named by absolute path; an error gets a blank line before its
# stack, any other value none and comes right under the caret
here=$(pwd -P)
printf 'function f() {\n  throw new Error("boom");\n}\nf();\n' >report.js
check report-error 1 "" "$here/report.js:2
  throw new Error(\"boom\");
  ^

Error: boom
    at f ($here/report.js:2:9)
    at Object.<anonymous> ($here/report.js:4:1)" -- "$engine" report.js
printf 'const w = new WeakMap();\nw.set(1, 2);\n' >report-native.js
check report-native 1 "" "$here/report-native.js:2
w.set(1, 2);
  ^

TypeError: Invalid value used as weak map key
    at WeakMap.set (<anonymous>)
    at Object.<anonymous> ($here/report-native.js:2:3)" -- "$engine" report-native.js
printf "throw 'str';\n" >report-string.js
check report-string 1 "" "
$here/report-string.js:1
throw 'str';
^
str
(Use \`node --trace-uncaught ...\` to show where the exception was thrown)" -- "$engine" report-string.js
printf "throw { a: 1 };\n" >report-object.js
check report-object 1 "" "
$here/report-object.js:1
throw { a: 1 };
^
{ a: 1 }" -- "$engine" report-object.js
check report-rejection 1 "" "UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"plain\". {
  code: 'ERR_UNHANDLED_REJECTION'
}" -- "$engine" -e 'Promise.reject("plain")'
check eval-frames 0 "Error: x
    at f ([eval]:1:23)
    at [eval]:1:53" "" -- "$engine" -e \
    'function f() { return new Error("x"); } console.log(f().stack.split("\n").slice(0, 3).join("\n"))'

# JSON.parse's SyntaxError shows the JSON text; a queueMicrotask callback's
# error points where it was made; an immediate's frame once it ran; runaway
# recursion reports its frames
printf "JSON.parse('[1,\\\\n2,\\\\nx]');\n" >report-json.js
check report-json 1 "" "<anonymous_script>:3
x]
^

SyntaxError: Unexpected token 'x', \"[1,
2,
x]\" is not valid JSON
    at JSON.parse (<anonymous>)
    at Object.<anonymous> ($here/report-json.js:1:6)" -- "$engine" report-json.js
check report-json-end 1 "" "<anonymous_script>:1
{

SyntaxError: Expected property name or '}' in JSON at position 1" -- "$engine" -e "JSON.parse('{')"
printf "queueMicrotask(() => {\n  const e = new Error('boom');\n  throw e;\n});\n" >report-microtask.js
check report-microtask 1 "" "$here/report-microtask.js:2
  const e = new Error('boom');
            ^

Error: boom
    at $here/report-microtask.js:2:13" -- "$engine" report-microtask.js
printf "setImmediate(() => {\n  throw new Error('imm');\n});\n" >report-immediate.js
check report-immediate 1 "" "$here/report-immediate.js:2
  throw new Error('imm');
  ^

Error: imm
    at Immediate.<anonymous> ($here/report-immediate.js:2:9)" -- "$engine" report-immediate.js
printf "function f() { return f() + 1; }\nf();\n" >report-overflow.js
check report-overflow 1 "" "    at f ($here/report-overflow.js:1:23)" -- "$engine" report-overflow.js

# not node's behaviour, by design: generators and async functions are a
# later issue (LANGUAGE.md), and using one says so rather than reporting a
# stray token
check unsupported-async 1 "" "SyntaxError: Async functions are not supported" -- \
    "$engine" -e 'const fetchIt = async (url) => url;'
check unsupported-generator 1 "" "SyntaxError: Generator functions are not supported" -- \
    "$engine" -e 'const range = { from: 1, *[Symbol.iterator]() { yield this.from; } };'

# process events at exit: process.exit() runs the 'exit' listeners once (one
# may exit again with another code); an uncaught error runs them with code 1
# before its report, and the status is what they leave in exitCode; an
# 'uncaughtException' listener that throws ends the program with 7
printf "process.on('exit', (code) => {\n  console.log('exit listener', code, process.exitCode);\n  process.exit(9);\n});\nsetTimeout(() => console.log('never'), 10);\nconsole.log('before');\nprocess.exit(3);\n" >hx-exit.js
check hx-exit-listener 9 "before
exit listener 3 3" "" -- "$engine" hx-exit.js
printf "process.on('exit', (c) => { console.log('exit', c, process.exitCode); process.exitCode = 6; });\nconsole.log('start');\nnull.x;\n" >hx-exit-uncaught.js
check hx-exit-uncaught 6 "start
exit 1 1" "TypeError: Cannot read properties of null (reading 'x')" -- "$engine" hx-exit-uncaught.js
printf "process.on('exit', (c) => console.log('exit', c));\nsetTimeout(() => { throw new TypeError('late'); }, 1);\n" >hx-exit-timer.js
check hx-exit-timer 1 "exit 1" "hx-exit-timer.js:2
setTimeout(() => { throw new TypeError('late'); }, 1);
                   ^

TypeError: late" -- "$engine" hx-exit-timer.js
printf "process.on('uncaughtException', () => { throw new Error('in handler'); });\nthrow new Error('first');\n" >hx-handler-throws.js
check hx-handler-throws 7 "" "Error: in handler" -- "$engine" hx-handler-throws.js
check hx-unhandled-listener 2 "got 5" "" -- "$engine" -e \
    "process.on('unhandledRejection', (r) => console.log('got', r)); Promise.reject(5); process.exitCode = 2;"
# a string exitCode counts as the number it reads as; emitWarning's format
check hx-exitcode-string 16 "" "" -- "$engine" -e "process.exitCode = '0x10'"
check hx-emit-warning 0 "sync" ") [MY_CODE] CustomWarning: coded
(Use \`node --trace-warnings ...\` to show where the warning was created)" -- "$engine" -e \
    "process.emitWarning('coded', 'CustomWarning', 'MY_CODE'); console.log('sync')"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
