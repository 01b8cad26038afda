class A { #x = 1; static #m() {} has(o) { return #x in o && o?.#x; } }
