if (a) b; else if (c) d; else e;
while (x) x--;
do x++; while (x < 3);
switch (v) { case 1: a(); break; case 2: default: b() }
try { t() } catch (e) { c(e) } finally { f() }
try { t() } catch { }
try {} catch ({message}) {}
lab: { break lab; }
debugger;
;
throw err;
