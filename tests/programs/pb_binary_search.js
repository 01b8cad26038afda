// Binary search: exact, lower bound, insertion into a sorted array
function binarySearch(arr, target, cmp = (a, b) => a - b) {
  let lo = 0, hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = cmp(arr[mid], target);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo + 1);
}

function lowerBound(arr, target) {
  let lo = 0, hi = arr.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (arr[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sorted = [1, 3, 3, 3, 7, 9, 12, 15, 21];
for (const t of [1, 3, 8, 21, 0, 30]) {
  const i = binarySearch(sorted, t);
  console.log(`search ${t}:`, i >= 0 ? `found at ${i}` : `missing, insert at ${-i - 1}`);
}
console.log('lower bound of 3:', lowerBound(sorted, 3), 'of 4:', lowerBound(sorted, 4));

const list = [];
for (const n of [5, 1, 4, 1, 5, 9, 2, 6]) list.splice(lowerBound(list, n), 0, n);
console.log('insertion sorted:', list);

const words = ['apple', 'banana', 'cherry', 'date', 'fig'];
console.log(binarySearch(words, 'date', (a, b) => a.localeCompare(b)));
console.log(binarySearch(words, 'coconut', (a, b) => (a < b ? -1 : a > b ? 1 : 0)));

function sqrtFloor(n) {
  let lo = 0, hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mid * mid <= n) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
console.log([0, 1, 15, 16, 17, 1000000, 2 ** 40].map(sqrtFloor));
console.log(sorted.indexOf(3), sorted.lastIndexOf(3), sorted.findIndex((x) => x > 10), sorted.findLastIndex((x) => x < 10));
