let obj = {}

let map = new WeakMap()

map.set(obj, 'hello')
map.set('top', 'non-premitive') // Uncaught TypeError: Invalid value used as weak map key
