#!/usr/bin/env python3
"""repl_test.py WEAKJS - drive weakjs's REPL through a real terminal (tmux)
by typing keys, and check what appears on the screen (issue 5).

Each check starts the REPL in its own tmux server, types text and keys
(arrows, Tab, Ctrl-C, Ctrl-D, Ctrl-R), and waits, with a timeout, for the
expected text to appear on the screen: no fixed sleeps.  The screen is read
with `capture-pane` including the scrollback, and every wait searches only
past the previous match, so earlier output cannot satisfy a later check.
Exit status 0 when every check passes; failures print the screen."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

WEAKJS = os.path.abspath(sys.argv[1])
HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="weakjs-repl-")
TIMEOUT = 5.0
failures = []
counter = [0]


class Session:
    """One REPL in a 120x50 tmux pane that stays after the program exits."""

    def __init__(self, args=(), env=None, command=None):
        counter[0] += 1
        self.sock = "s%d-%d" % (os.getpid(), counter[0])
        self.home = os.path.join(TMP, "home%d" % counter[0])
        os.makedirs(self.home, exist_ok=True)
        conf = os.path.join(TMP, "tmux.conf")
        with open(conf, "w") as f:
            f.write("set -g history-limit 10000\nset -g default-terminal screen\n")
        e = dict(os.environ)
        e.update({"HOME": self.home, "TMUX_TMPDIR": TMP, "LANG": "C.UTF-8"})
        for k in ("NO_COLOR", "NODE_DISABLE_COLORS", "WEAKJS_REPL_HISTORY", "TMUX"):
            e.pop(k, None)
        e.update(env or {})
        self.env = e
        cmd = command or " ".join([WEAKJS] + list(args))
        # the shell reports the exit status on the screen: tmux's own notice
        # of a dead pane can lag behind (a zombie not reaped for seconds)
        cmd = "%s; echo \"[exit $?]\"; sleep 600" % cmd
        self.tmux("-f", conf, "new-session", "-d", "-x", "120", "-y", "50", "-s", "t", cmd)
        self.pos = 0

    def tmux(self, *a, check=True):
        r = subprocess.run(["tmux", "-L", self.sock] + list(a), env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if check and r.returncode != 0:
            raise RuntimeError("tmux %s: %s" % (" ".join(a), r.stderr))
        return r.stdout

    def type(self, text):
        """Type text literally (a newline is the Enter key), in one write:
        keys typed while the REPL evaluates would meet a terminal in cooked
        mode, which echoes them itself."""
        if text:
            self.tmux("send-keys", "-t", "t", "-l", text.replace("\n", "\r"))

    def keys(self, *names):
        """Named keys: Enter, Tab, Up, Left, C-c, C-d, C-r, ..."""
        self.tmux("send-keys", "-t", "t", *names)

    def line(self, text):
        self.type(text + "\n")

    def screen(self, escapes=False):
        a = ["capture-pane", "-p", "-J", "-t", "t", "-S", "-"]
        if escapes:
            a.insert(2, "-e")
        return "\n".join(l.rstrip() for l in self.tmux(*a).rstrip("\n").split("\n"))

    def expect(self, pattern, timeout=TIMEOUT, escapes=False):
        """Wait until regex `pattern` (multiline) appears past the last match."""
        rx = re.compile(pattern, re.M)
        end = time.time() + timeout
        while True:
            s = self.screen(escapes)
            m = rx.search(s, self.pos)
            if m:
                self.pos = m.end()
                return m
            if time.time() > end:
                raise AssertionError("timed out waiting for %r" % pattern)
            time.sleep(0.02)

    def absent(self, pattern, escapes=False):
        s = self.screen(escapes)
        if re.search(pattern, s, re.M):
            raise AssertionError("unexpected %r on screen" % pattern)

    def current_line(self):
        """The last non-empty line of the screen (where the cursor is)."""
        lines = [l.rstrip() for l in self.screen().split("\n") if l.strip()]
        return lines[-1] if lines else ""

    def expect_line(self, pattern, timeout=TIMEOUT):
        """Wait until the line being edited matches pattern (after redraws)."""
        end = time.time() + timeout
        while not re.search(pattern, self.current_line()):
            if time.time() > end:
                raise AssertionError("line is %r, wanted %r" % (self.current_line(), pattern))
            time.sleep(0.02)

    def expect_exit(self, timeout=TIMEOUT):
        """Wait for the REPL to end; its exit status."""
        try:
            m = self.expect(r"^\[exit (\d+)\]$", timeout)
        except AssertionError:
            raise AssertionError("the REPL did not exit")
        return int(m.group(1))

    def prompt(self):
        """Wait for a fresh `> ` prompt."""
        self.expect(r"^>( |$)")

    def close(self):
        self.tmux("kill-server", check=False)


def check(fn):
    """Run one check; record a failure with the screen."""
    name = fn.__name__
    t0 = time.time()
    s = None
    try:
        s = fn()
        print("ok   %-28s %.2fs" % (name, time.time() - t0))
    except Exception as e:  # report and go on
        failures.append(name)
        print("FAIL %-28s %s" % (name, e))
        sess = getattr(e, "session", None) or last_session[0]
        if sess:
            try:
                print("---- screen ----\n" + sess.screen() + "\n----------------")
            except Exception:
                pass
    finally:
        if last_session[0]:
            last_session[0].close()
            last_session[0] = None
    return s


last_session = [None]


def start(*args, **kw):
    s = Session(*args, **kw)
    last_session[0] = s
    return s


def start_prompt(*args, **kw):
    s = start(*args, **kw)
    s.expect(r"^Welcome to weakjs")
    s.expect(r"^>( |$)")
    return s


def ask(s, code, result):
    """Type code + Enter, wait for result (a regex) on a line of its own."""
    s.line(code)
    s.expect(re.escape(code.split("\n")[-1]) + "$")
    m = s.expect(result)
    s.expect(r"^>( |$)")   # keys typed before the prompt would meet a cooked terminal
    return m


# ---------------------------------------------------------------- 1. line editing, history, -i

def line_editing():
    s = start_prompt()
    s.type("40+")
    s.keys("Left", "Left", "Left")
    s.type("1")
    s.keys("End")
    s.type("2")
    s.expect_line(r"^> 140\+2$")
    s.keys("Enter")
    s.expect(r"^142$")
    # emacs keys: C-a to the start, C-k kills the line, C-e to the end
    s.type("zzz")
    s.keys("C-a", "C-k")
    s.type("7*6")
    s.keys("C-a")
    s.type("(")
    s.keys("C-e")
    s.type(")")
    s.keys("Enter")
    s.expect(r"^> \(7\*6\)$")
    s.expect(r"^42$")
    # Up recalls the previous line, Down comes back
    s.keys("Up")
    s.expect_line(r"^> \(7\*6\)$")
    s.keys("Up")
    s.expect_line(r"^> 140\+2$")
    s.keys("Down")
    s.expect_line(r"^> \(7\*6\)$")
    s.type("+1")
    s.keys("Enter")
    s.expect(r"^43$")


def history_file():
    hist = os.path.join(TMP, "hist_a")
    s = start_prompt(env={"WEAKJS_REPL_HISTORY": hist})
    ask(s, "1234+1", r"^1235$")
    ask(s, "'second'", r"^'second'$")
    s.line(".exit")
    assert s.expect_exit() == 0
    s.close()
    assert os.path.exists(hist), "no history file written"
    # a new session recalls both, most recent first
    s = start_prompt(env={"WEAKJS_REPL_HISTORY": hist})
    s.keys("Up")
    s.expect_line(r"^> 'second'$")
    s.keys("Up")
    s.expect_line(r"^> 1234\+1$")
    s.keys("Enter")
    s.expect(r"^1235$")
    # Ctrl-R: reverse search
    s.keys("C-r")
    s.type("secon")
    m = s.expect(r"^> 'second'\n.*secon$")   # the match above libedit's search line
    s.pos = m.start() + 1                       # the search line is replaced by the output
    s.keys("Enter")
    s.expect(r"^'second'$")
    s.line(".exit")
    s.expect_exit()
    s.close()
    # default file in $HOME; an empty WEAKJS_REPL_HISTORY keeps none
    s = start_prompt()
    ask(s, "5+5", r"^10$")
    s.line(".exit")
    s.expect_exit()
    assert os.path.exists(os.path.join(s.home, ".weakjs_repl_history")), "no ~/.weakjs_repl_history"
    s.close()
    s = start_prompt(env={"WEAKJS_REPL_HISTORY": ""})
    ask(s, "6+6", r"^12$")
    s.line(".exit")
    s.expect_exit()
    assert os.listdir(s.home) == [], "history written although disabled: %s" % os.listdir(s.home)


def interactive_flag():
    script = os.path.join(TMP, "pre.js")
    with open(script, "w") as f:
        f.write("globalThis.fromScript = 41 + 1;\nconsole.log('script ran');\n")
    s = start(args=["-i", script])
    s.expect(r"^script ran$")
    s.expect(r"^>( |$)")
    ask(s, "fromScript", r"^42$")
    s.close()
    s = start(args=["-i"])
    s.expect(r"^>( |$)")
    ask(s, "typeof gc", r"^'function'$")


# ---------------------------------------------------------------- 2. results, _, _error, colours

def results():
    s = start_prompt()
    ask(s, "1+1", r"^2$")
    ask(s, "let x = 1", r"^undefined$")
    ask(s, "'a' + 'b'", r"^'ab'$")
    ask(s, "({a: 1, b: [1, 2]})", r"^\{ a: 1, b: \[ 1, 2 \] \}$")
    ask(s, "{a: 1}", r"^\{ a: 1 \}$")
    ask(s, "new Map([[1, {k: 'v'}]])", r"^Map\(1\) \{ 1 => \{ k: 'v' \} \}$")
    ask(s, "if (x) 5", r"^5$")
    ask(s, "x = 3", r"^3$")


def last_values():
    s = start_prompt()
    ask(s, "3 * 3", r"^9$")
    ask(s, "_ + 1", r"^10$")
    ask(s, "let q", r"^undefined$")
    ask(s, "_", r"^undefined$")
    ask(s, "null.x", r"^Uncaught TypeError")
    ask(s, "_error.message", r"^\"Cannot read properties of null \(reading 'x'\)\"$")
    ask(s, "_ = 7", r"^Expression assignment to _ now disabled\.\n7$")
    ask(s, "1 + 1", r"^2$")
    ask(s, "_", r"^7$")
    ask(s, "_error = 'e'", r"^Expression assignment to _error now disabled\.$")


def colors():
    # the printer's own coloured form of 42, asked in the same session
    s = start_prompt()
    s.line("[...require('util').inspect(42, {colors: true})].map(c => c.charCodeAt(0)).join(' ')")
    m = s.expect(r"^'([\d ]+)'$")
    coloured = "".join(chr(int(c)) for c in m.group(1).split())
    s.line("42")
    s.expect(r"^> 42$")
    if "\x1b[" in coloured:
        # tmux moves a closing reset to the start of the next line
        s.expect("^" + re.escape(re.sub(r"(\x1b\[[0-9;]*m)+$", "", coloured)), escapes=True)
    else:
        print("     (note: util.inspect has no colours yet; only their absence is checked)")
    s.close()
    # NO_COLOR, TERM=dumb, and stdout not a terminal: plain
    for cmd in ("env NO_COLOR=1 " + WEAKJS, "env TERM=dumb " + WEAKJS, WEAKJS + " -i | cat"):
        s = start(command=cmd)
        s.line("[42, 'x']")
        s.expect(r"^\[ 42, 'x' \]$")
        scr = s.screen(escapes=True)
        bad = [l for l in scr.split("\n") if "42, 'x' ]" in l and "\x1b[" in l]
        assert not bad, "colours with %s: %r" % (cmd, bad)
        s.close()


# ---------------------------------------------------------------- 3. incomplete and wrong input

def multiline():
    s = start_prompt()
    s.line("function twice(a) {")
    s.expect(r"^\.\.\.$")
    s.line("  return a * 2")
    s.expect(r"   return a \* 2$")
    s.line("}")
    s.expect(r"^undefined$")
    ask(s, "twice(21)", r"^42$")
    s.line("[1,")
    s.expect(r"^\.\.\.( |$)")
    s.line("2]")
    s.expect(r"^\[ 1, 2 \]$")
    # wrong input is reported at once, not continued
    s.line("1 +* 2")
    s.expect(r"^Uncaught SyntaxError: Unexpected token '\*'$")
    s.expect(r"^>( |$)")
    s.line("let = = 3")
    s.expect(r"^Uncaught SyntaxError")
    s.expect(r"^>( |$)")


# ---------------------------------------------------------------- 4. dot-commands, Ctrl-C, Ctrl-D

def dot_commands():
    s = start_prompt()
    s.line(".help")
    for want in (r"^\.break    Sometimes you get stuck, this gets you out$", r"^\.clear    Alias for \.break$",
                 r"^\.editor   Enter editor mode$", r"^\.exit     Exit the REPL$", r"^\.gc ",
                 r"^\.help     Print this help message$",
                 r"^\.load     Load JS from a file into the REPL session$",
                 r"^\.save     Save all evaluated commands in this REPL session to a file$",
                 r"^Press Ctrl\+C to abort current expression, Ctrl\+D to exit the REPL$"):
        s.expect(want)
    # .break and .clear leave an unfinished input
    s.line("[1,")
    s.expect(r"^\.\.\.( |$)")
    s.line(".break")
    s.expect(r"^>( |$)")
    s.line("({")
    s.expect(r"^\.\.\.( |$)")
    s.line(".clear")
    s.expect(r"^>( |$)")
    ask(s, "'clean'", r"^'clean'$")
    # .save and .load
    ask(s, "let saved = 40", r"^undefined$")
    ask(s, "saved + 2", r"^42$")
    path = os.path.join(TMP, "session.txt")
    s.line(".save " + path)
    s.expect(r"^Session saved to: " + re.escape(path) + "$")
    text = open(path).read()
    assert "let saved = 40\nsaved + 2\n" in text, repr(text)
    with open(os.path.join(TMP, "load.txt"), "w") as f:
        f.write("let loaded = [1, 2, 3];\nloaded.length * 10\n")
    s.line(".load " + os.path.join(TMP, "load.txt"))
    # node 20: the file echoed as typed, an empty line, one evaluation
    # (no `undefined` for the first line)
    s.expect(r"^let loaded = \[1, 2, 3\];\nloaded\.length \* 10\n\n30\n>")
    ask(s, "loaded[2]", r"^3$")
    s.line(".load /nonexistent/file")
    s.expect(r"^Failed to load: /nonexistent/file$")
    s.line(".load " + TMP)
    s.expect(r"^Failed to load: " + re.escape(TMP) + " is not a valid file$")
    with open(os.path.join(TMP, "load_bad.txt"), "w") as f:
        f.write("let fine = 1\nlet 5 = 3\n")
    s.line(".load " + os.path.join(TMP, "load_bad.txt"))
    s.expect(r"^let 5 = 3\n\nlet 5 = 3\n    \^\n\nUncaught SyntaxError: Unexpected number$")
    with open(os.path.join(TMP, "load_open.txt"), "w") as f:
        f.write("function opened() {\n  return 'closed later'\n")
    s.line(".load " + os.path.join(TMP, "load_open.txt"))   # unfinished: more on `... `
    s.expect(r"^  return 'closed later'\n\n\.\.\.$")
    s.line("}")
    s.expect(r"^undefined$")
    ask(s, "opened()", r"^'closed later'$")
    s.line(".nosuch")
    s.expect(r"^Invalid REPL keyword$")
    # .editor: lines until Ctrl-D; Ctrl-C cancels
    s.line(".editor")
    s.expect(r"^// Entering editor mode \(Ctrl\+D to finish, Ctrl\+C to cancel\)$")
    s.type("function ed() {\n  return 'from editor'\n}\ned()")
    s.expect(r"^ed\(\)$")
    s.keys("C-d")                    # at the end of a line: that line is the last
    s.expect(r"^'from editor'$")
    s.expect(r"^>( |$)")
    s.line(".editor")
    s.expect(r"^// Entering editor mode")
    s.type("throw new Error('never')")
    s.expect(r"never'\)$")
    s.keys("C-c")
    s.expect(r"^>( |$)")
    ask(s, "'after editor'", r"^'after editor'$")
    s.absent(r"never'\)$\n^Uncaught")
    # .gc collects and reports
    s.line("let big = []; for (let i = 0; i < 50000; i++) big.push({i}); big = null")
    s.expect(r"^null$")
    s.line(".gc")
    m = s.expect(r"^Collected: ([\d,]+) KB freed, ([\d,]+) KB in use, heap ([\d,]+) KB$")
    assert int(m.group(1).replace(",", "")) > 500, "freed only %s KB" % m.group(1)
    s.line(".exit")
    assert s.expect_exit() == 0


def ctrl_c_and_d():
    s = start_prompt()
    # Ctrl-C clears the line being typed
    s.type("'never run'")
    s.keys("C-c")
    s.expect(r"^>$")
    ask(s, "'next'", r"^'next'$")
    s.absent(r"^'never run'$")
    # ... and an unfinished multi-line input
    s.line("[1,")
    s.expect(r"^\.\.\.( |$)")
    s.keys("C-c")
    s.expect(r"^>( |$)")
    ask(s, "'fresh'", r"^'fresh'$")
    # on an empty line: a hint, then a second Ctrl-C leaves
    s.keys("C-c")
    s.expect(r"^\(To exit, press Ctrl\+C again or Ctrl\+D or type \.exit\)$")
    s.expect(r"^>( |$)")
    ask(s, "'still here'", r"^'still here'$")   # anything between disarms it
    s.keys("C-c")
    s.expect(r"^\(To exit, press Ctrl\+C again")
    s.expect(r"^>( |$)")
    s.keys("C-c")
    status = s.expect_exit()
    assert status == 0, "exit status %r" % status
    s.close()
    # Ctrl-D on an empty line exits
    s = start_prompt()
    s.keys("C-d")
    status = s.expect_exit()
    assert status == 0, "exit status %r" % status


def interrupt():
    s = start_prompt()
    s.line("console.log('spinning'); while (true) {}")
    s.expect(r"^spinning$")
    s.keys("C-c")
    s.expect(r"^(\^C)?Uncaught Error: Script execution was interrupted by `SIGINT`$")
    ask(s, "1 + 1", r"^2$")
    # recursion-free loops inside functions, for(;;), for-of; a catch cannot swallow it
    s.line("function spin() { for (;;) {} }; console.log('again'); try { spin() } catch (e) { 'caught' }")
    s.expect(r"^again$")
    s.keys("C-c")
    s.expect(r"^(\^C)?Uncaught Error: Script execution was interrupted by `SIGINT`$")
    s.expect(r"^    at spin \(REPL\d*:1:")
    ask(s, "'alive'", r"^'alive'$")
    s.line("const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false } } } } }; "
           "console.log('iterating'); for (const v of it) {}")
    s.expect(r"^iterating$")
    s.keys("C-c")
    s.expect(r"^(\^C)?Uncaught Error: Script execution was interrupted")
    ask(s, "'done'", r"^'done'$")


# ---------------------------------------------------------------- 5. Tab completion

def completion():
    s = start_prompt()
    s.type("Math.ma")
    s.keys("Tab")
    s.expect_line(r"^> Math\.max$")
    s.keys("C-u")
    s.type("Math.m")
    s.keys("Tab")
    s.expect(r"^max\s+min$")            # several matches are listed
    s.expect_line(r"^> Math\.m$")
    s.keys("C-u")
    ask(s, "let myObject = {alpha: 1, beta: 2}", r"^undefined$")
    s.type("myObj")
    s.keys("Tab")
    s.expect_line(r"^> myObject$")
    s.type(".al")
    s.keys("Tab")
    s.expect_line(r"^> myObject\.alpha$")
    s.keys("Enter")
    s.expect(r"^1$")
    s.type("myObject.hasOwnP")                 # through the prototype chain
    s.keys("Tab")
    s.expect_line(r"^> myObject\.hasOwnProperty$")
    s.keys("C-u")
    s.type("typeo")                            # keywords
    s.keys("Tab")
    s.expect_line(r"^> typeof$")
    s.keys("C-u")
    s.type("WeakR")                            # globals
    s.keys("Tab")
    s.expect_line(r"^> WeakRef$")
    s.keys("C-u")
    # a getter is never run by completion
    ask(s, "let g = { get boom() { console.log('GETTER' + ' RAN'); return {inner: 1} } }", r"^undefined$")
    s.type("g.bo")
    s.keys("Tab")
    s.expect_line(r"^> g\.boom$")
    s.type(".in")
    s.keys("Tab")
    s.type("#")
    s.expect_line(r"^> g\.boom\.in#$")   # nothing completed after a getter
    s.absent(r"^GETTER RAN$")
    s.keys("C-u")
    s.type("'abc'.toUpperC")                  # not a name chain: nothing
    s.keys("Tab", "C-u")
    s.type("let s2 = 'x'; s2")
    s.keys("Enter")
    s.expect(r"^'x'$")
    s.type("s2.toUpperC")                     # a string's prototype
    s.keys("Tab")
    s.expect_line(r"^> s2\.toUpperCase$")


# ---------------------------------------------------------------- 6. re-declaration, seeds

def redeclare():
    s = start_prompt()
    ask(s, "let a = 1", r"^undefined$")
    ask(s, "let a = 2", r"^undefined$")
    ask(s, "a", r"^2$")
    ask(s, "const k = 1", r"^undefined$")
    ask(s, "k = 5", r"^Uncaught TypeError: Assignment to constant variable\.$")
    ask(s, "const k = 2", r"^undefined$")
    ask(s, "k", r"^2$")
    ask(s, "class C { m() { return 1 } }", r"^undefined$")
    ask(s, "class C { m() { return 2 } }", r"^undefined$")
    ask(s, "new C().m()", r"^2$")
    ask(s, "let n = 1; function getN() { return n }", r"^undefined$")
    ask(s, "let n = 2", r"^undefined$")
    ask(s, "getN()", r"^2$")
    # within one input, and over a var, still an error (as node)
    ask(s, "let z = 1; let z = 2", r"^Uncaught SyntaxError: Identifier 'z' has already been declared$")
    ask(s, "var v = 1", r"^undefined$")
    ask(s, "let v = 2", r"^Uncaught SyntaxError: Identifier 'v' has already been declared$")


def code_blocks(path):
    blocks, cur = [], None
    for line in open(path, encoding="utf-8"):
        if cur is None and re.match(r"^```(js|javascript)\s*$", line):
            cur = []
        elif cur is not None and line.startswith("```"):
            blocks.append("".join(cur))
            cur = None
        elif cur is not None:
            cur.append(line)
    return blocks


def seeds():
    seed_dir = os.path.join(HERE, "..", "..", "..", "shared", "seeds")
    seed_dir = os.environ.get("WEAKJS_SEEDS", seed_dir)
    files = sorted(os.path.join(seed_dir, f) for f in os.listdir(seed_dir)) if os.path.isdir(seed_dir) else []
    if not files:
        print("     (note: no seed documents found; skipped)")
        return
    for path in files:
        s = start_prompt()
        for i, block in enumerate(code_blocks(path)):
            s.type(block)
            s.line("'end of block %d'" % i)
            s.expect(r"^'end of block %d'$" % i, timeout=10)
        scr = s.screen()
        assert "has already been declared" not in scr, "redeclaration error in %s" % path
        s.close()
        last_session[0] = None


def seed_weakmap():
    s = start_prompt()
    ask(s, "let weakMap = new WeakMap()", r"^undefined$")
    ask(s, 'weakMap.set("test", "Whoops")', r"^Uncaught TypeError: Invalid value used as weak map key$")
    ask(s, "let john = { name: 'John' }", r"^undefined$")
    ask(s, "weakMap.set(john, '...'); 0", r"^0$")
    ask(s, "require('util').inspect(weakMap, {showHidden: true}).includes('John')", r"^true$")
    ask(s, "john = null", r"^null$")
    s.line(".gc")
    s.expect(r"^Collected: ")
    ask(s, "require('util').inspect(weakMap, {showHidden: true}).includes('John')", r"^false$")


# ---------------------------------------------------------------- 7. errors

def errors():
    s = start_prompt()
    ask(s, "null.x", r"^Uncaught TypeError: Cannot read properties of null \(reading 'x'\)$")
    ask(s, "function f() { throw new TypeError('bad') }", r"^undefined$")
    s.line("f()")
    s.expect(r"^Uncaught TypeError: bad$")
    s.expect(r"^    at f \(REPL\d*:1:")
    ask(s, "throw 5", r"^Uncaught 5$")
    ask(s, "throw 'text'", r"^Uncaught 'text'$")
    ask(s, "undefinedName", r"^Uncaught ReferenceError: undefinedName is not defined$")
    ask(s, "Promise.reject(new RangeError('later'))", r"^Promise \{(.|\n)*?^\}\nUncaught RangeError: later$")
    ask(s, "'still going'", r"^'still going'$")


# ---------------------------------------------------------------- 8. the event loop at the prompt

def event_loop():
    s = start_prompt()
    # the prompt comes back at once; the timer fires while the user types,
    # its output goes above the line being edited, which is drawn again
    s.line("setTimeout(() => console.log('hi'), 1500)")
    s.expect(r"^Timeout \{")
    m = s.expect(r"^>( |$)")
    s.pos = m.start()   # this line gives way to the timer's output
    s.type("12")
    s.expect_line(r"^> 12$")
    s.absent(r"^hi$")
    s.expect(r"^hi\n> 12$", timeout=5)
    s.keys("Enter")
    s.expect(r"^12$")
    s.prompt()
    # promises settle between inputs; microtasks run right after the result
    ask(s, "Promise.resolve(5)", r"^Promise \{ 5 \}$")
    s.line("Promise.resolve().then(() => console.log('micro')); 5")
    s.expect(r"^5\nmicro\n>( |$)")
    s.line("p = new Promise(r => setTimeout(() => r(9), 100)); p.then(v => console.log('resolved', v)); p")
    s.expect(r"^Promise \{ <pending> \}$")
    s.expect(r"^resolved 9$")
    s.prompt()
    ask(s, "p", r"^Promise \{ 9 \}$")
    # an interval never cleared does not block the REPL
    ask(s, "let n = 0; const iv = setInterval(() => { n++ }, 10); 1", r"^1$")
    ask(s, "2 + 2", r"^4$")
    s.line("setTimeout(() => console.log('n grew:', n > 3), 200)")
    s.expect(r"^n grew: true$")
    # an uncaught error in a timer is reported and the session goes on
    s.line("setTimeout(() => { throw new Error('boom') }, 50)")
    s.expect(r"^Uncaught Error: boom\n>( |$)")
    ask(s, "_error.message", r"^'boom'$")
    s.line("setTimeout(() => { function inner() { null.y } inner() }, 10)")
    s.expect(r"^Uncaught TypeError: Cannot read properties of null \(reading 'y'\)\n    at inner \(REPL\d*:1:")
    s.prompt()
    # Ctrl-C interrupts a timer callback that never ends
    s.line("setTimeout(() => { console.log('spin'); for (;;) {} }, 50)")
    s.expect(r"^spin$")
    s.keys("C-c")
    s.expect(r"^(\^C)?Uncaught Error: Script execution was interrupted by `SIGINT`$")
    ask(s, "'alive'", r"^'alive'$")
    # leaving with the interval still armed
    s.line(".exit")
    assert s.expect_exit() == 0


# ---------------------------------------------------------------- 9. input names, syntax errors

def input_names():
    # node names each evaluation REPL1, REPL2, ...: empty lines and the
    # unfinished first try of a multi-line input count, dot-commands do not
    s = start_prompt()
    s.line("")
    s.line("1 +")
    s.expect(r"^\.\.\.( |$)")
    s.line("2")
    s.expect(r"^3$")
    s.line(".help")
    s.expect(r"^Press Ctrl\+C")
    s.line("function f() { throw new Error('x') }; f()")
    s.expect(r"^Uncaught Error: x\n    at f \(REPL4:1:22\)(?=\n>)")  # node counts REPL4 here
    s.absent(r"^    at REPL\d*:")                # the input's own top level is left out
    ask(s, "_error.stack", r"^'Error: x\\n    at f \(REPL\d*:1:22\)'$")


def syntax_errors():
    # node's REPL shows the line and carets under the token first
    s = start_prompt()
    s.line("let 5 = 3")
    s.expect(r"let 5 = 3$\nlet 5 = 3\n    \^\n\nUncaught SyntaxError: Unexpected number(?=\n>)")
    s.line("foo bar")
    s.expect(r"^> foo bar$\nfoo bar\n    \^\^\^\n\nUncaught SyntaxError: Unexpected identifier 'bar'(?=\n>)")
    s.line("'abc")
    s.expect(r"^> 'abc$\n'abc\n\^\^\^\^\n\nUncaught SyntaxError: Invalid or unexpected token(?=\n>)")
    s.line("let z = 1; let z = 2")
    s.expect(r"^let z = 1; let z = 2\n {15}\^\n\nUncaught SyntaxError: Identifier 'z' has already been declared(?=\n>)")
    s.line("if (1) {")
    s.expect(r"^\.\.\.( |$)")
    s.line("  x = )")
    s.expect(r"^  x = \)\n      \^\n\nUncaught SyntaxError: Unexpected token '\)'(?=\n>)")
    # a SyntaxError thrown by running code has no caret
    s.line("JSON.parse('{')")
    s.expect(r"^> JSON\.parse\('\{'\)\nUncaught SyntaxError")
    ask(s, "var v = 1", r"^undefined$")
    s.line("let v = 2")
    s.expect(r"let v = 2\nUncaught SyntaxError: Identifier 'v' has already been declared$")


CHECKS = [line_editing, history_file, interactive_flag, results, last_values, colors, multiline,
          dot_commands, ctrl_c_and_d, interrupt, completion, redeclare, seeds, seed_weakmap, errors,
          event_loop, input_names, syntax_errors]


def main():
    if not shutil.which("tmux"):
        print("repl tests need tmux (scripts/setup installs it)")
        return 1
    only = sys.argv[2:]
    t0 = time.time()
    for fn in CHECKS:
        if not only or fn.__name__ in only:
            check(fn)
    shutil.rmtree(TMP, ignore_errors=True)
    print("%d checks, %d failed, %.1fs" % (len(CHECKS), len(failures), time.time() - t0))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
