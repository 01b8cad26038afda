var t = `abc ${1}
