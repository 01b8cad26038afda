let user = {name: 'John'}
let map = new Map()
map.set(user, 'obj')

user = null 

map.keys(user) // [Map Iterator] { { name: 'John' } }
