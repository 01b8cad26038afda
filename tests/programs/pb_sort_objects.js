// Sorting arrays of objects: multiple keys, stability, locale compare, toSorted
const employees = [
  { name: 'Zoe', dept: 'eng', salary: 120, start: '2019-03-01' },
  { name: 'adam', dept: 'ops', salary: 90, start: '2021-07-15' },
  { name: 'Bea', dept: 'eng', salary: 120, start: '2018-01-20' },
  { name: 'Carl', dept: 'sales', salary: 75, start: '2020-11-02' },
  { name: 'dina', dept: 'ops', salary: 95, start: '2017-05-30' },
  { name: 'Eli', dept: 'eng', salary: 105, start: '2022-02-14' },
];

const by = (...keys) => (a, b) => {
  for (const k of keys) {
    const desc = k.startsWith('-');
    const f = desc ? k.slice(1) : k;
    if (a[f] < b[f]) return desc ? 1 : -1;
    if (a[f] > b[f]) return desc ? -1 : 1;
  }
  return 0;
};

console.log(employees.toSorted(by('dept', '-salary')).map((e) => `${e.dept}/${e.name}/${e.salary}`));
console.log(employees.toSorted(by('start')).map((e) => e.name).join(' < '));
console.log('original untouched:', employees[0].name);

const names = employees.map((e) => e.name);
console.log([...names].sort());
console.log([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));

// stability: equal salaries keep their input order
const stable = employees.slice().sort((a, b) => b.salary - a.salary);
console.log(stable.map((e) => e.name + ':' + e.salary).join(', '));

const nums = [10, 9, 1, 100, 25, -3, 0];
console.log([...nums].sort(), [...nums].sort((a, b) => a - b), nums.toSorted((a, b) => b - a));

const withUndefined = [3, undefined, 1, , 2];
console.log(withUndefined.sort(), withUndefined.length);

const topTwoPerDept = Object.entries(
  employees.reduce((acc, e) => ((acc[e.dept] ??= []).push(e), acc), {}),
).map(([dept, list]) => [dept, list.sort(by('-salary', 'name')).slice(0, 2).map((e) => e.name)]);
console.log(Object.fromEntries(topTwoPerDept));
