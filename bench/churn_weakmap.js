// churn_weakmap.js [ROUNDS] - the documents' visit counter under churn.
// Each round 100,000 users visit (some several times) and are counted in
// ONE long-lived WeakMap, then all of them leave; gc() runs between
// rounds.  Nobody cleans the WeakMap, yet its memory must stay flat: peak
// RSS after 10 rounds should be about that after 2 (tests/reachability/
// memory.sh).  Prints a checksum of the counts.
const ROUNDS = Number(process.argv[2]) || 10;
const USERS = 100000;
const visitsCountMap = new WeakMap(); // weakmap: user => visits count

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
