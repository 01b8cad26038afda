// churn_map.js [ROUNDS] - the same visit counter with a Map that is never cleaned.
// Each round 100,000 users visit (some several times) and are counted in
// ONE long-lived Map, then all of them leave; gc() runs between
// rounds.  Nobody cleans the Map, so it keeps every user: peak RSS grows
// with the rounds (tests/reachability/memory.sh checks that it does).
// Prints a checksum of the counts (the same as churn_weakmap.js).
const ROUNDS = Number(process.argv[2]) || 10;
const USERS = 100000;
const visitsCountMap = new Map(); // map: user => visits count

function countUser(user) {
  let count = visitsCountMap.get(user) || 0;
  visitsCountMap.set(user, count + 1);
}

// One round in its own function, so no user outlives it on the stack.
function round(r) {
  let users = [];
  for (let i = 0; i < USERS; i++) users.push({ name: 'user' + i, round: r });
  for (let i = 0; i < USERS; i++) {
    const u = users[i];
    countUser(u);
    if (i % 3 === 0) countUser(u);
    if (i % 7 === 0) countUser(u);
  }
  let sum = 0;
  for (let i = 0; i < USERS; i += 1000) sum += visitsCountMap.get(users[i]) * (i % 13);
  users = null; // all of this round's users leave
  return sum;
}

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  checksum = (checksum * 31 + round(r)) % 1000000007;
  gc();
}
console.log('rounds', ROUNDS, 'checksum', checksum);
