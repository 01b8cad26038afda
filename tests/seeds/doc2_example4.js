let john = {name: 'john'}

let map = use WeakMap() 
map.set(john, 'hello')
john = null // john is now removed

