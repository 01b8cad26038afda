// The documents' visit counter with a Map: when john leaves, his count
// stays (the map grows unless someone cleans it).
let visitsCountMap = new Map(); // map: user => visits count

// increase the visits count
function countUser(user) {
  let count = visitsCountMap.get(user) || 0;
  visitsCountMap.set(user, count + 1);
}

let john = { name: 'John' };
countUser(john); // count his visits
countUser(john);
let pete = { name: 'Pete' };
countUser(pete);

// later john leaves us
john = null;
gc();
console.log(visitsCountMap.size);
console.log(visitsCountMap);
