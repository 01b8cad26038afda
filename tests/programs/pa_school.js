'use strict';
class Person {
  static #count = 0;
  #id;
  constructor(first, last, born) {
    if (new.target === Person) throw new TypeError('Person is abstract; use Student or Teacher');
    this.first = first; this.last = last; this.born = born;
    this.#id = ++Person.#count;
  }
  get id() { return this.#id; }
  get fullName() { return `${this.first} ${this.last}`; }
  set fullName(v) { const [f, ...rest] = String(v).trim().split(/\s+/); if (!f || !rest.length) throw new RangeError(`Invalid full name: "${v}"`); this.first = f; this.last = rest.join(' '); }
  ageIn(year) { return year - this.born; }
  toString() { return `${this.constructor.name}#${this.#id}(${this.fullName})`; }
  static get population() { return Person.#count; }
}
class Student extends Person {
  grades = new Map();
  constructor(first, last, born, year) { super(first, last, born); this.year = year; }
  grade(course, score) {
    if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`Score out of range for ${course}: ${score}`);
    const list = this.grades.get(course) ?? [];
    list.push(score); this.grades.set(course, list);
    return this;
  }
  get gpa() {
    const all = [...this.grades.values()].flat();
    if (!all.length) return null;
    const avg = all.reduce((a, b) => a + b, 0) / all.length;
    return Math.round((avg / 25) * 100) / 100;
  }
  toJSON() { return { id: this.id, name: this.fullName, year: this.year, gpa: this.gpa, courses: Object.fromEntries(this.grades) }; }
}
class Teacher extends Person {
  constructor(first, last, born, ...subjects) { super(first, last, born); this.subjects = new Set(subjects); }
  teaches(s) { return this.subjects.has(s); }
}
const people = [];
try { new Person('No', 'One', 2000); } catch (e) { console.log(`${e.name}: ${e.message}`); }
const s1 = new Student('Ada', 'Lovelace', 2004, 2), s2 = new Student('Alan', 'Turing', 2003, 3), s3 = new Student('Grace', 'Hopper', 2005, 1);
const t1 = new Teacher('Donald', 'Knuth', 1938, 'algorithms', 'typesetting');
people.push(s1, s2, s3, t1);
s1.grade('math', 95).grade('math', 88).grade('cs', 100);
s2.grade('cs', 99).grade('crypto', 91);
for (const [s, c, v] of [[s3, 'math', 105], [s3, 'art', NaN], [s3, 'art', 72]]) {
  try { s.grade(c, v); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(people.map(String));
console.log(Person.population, t1.teaches('algorithms'), t1.teaches('cooking'), s1.ageIn(2024));
console.log(s1);
console.log(t1);
console.log(JSON.stringify(people.filter(p => p instanceof Student), null, 2));
const ranking = people.filter(p => p instanceof Student).sort((a, b) => (b.gpa ?? -1) - (a.gpa ?? -1)).map((s, i) => `${i + 1}. ${s.fullName.padEnd(15)} ${s.gpa === null ? ' n/a' : s.gpa.toFixed(2)}`);
console.log(ranking.join('\n'));
try { s2.fullName = 'Mononym'; } catch (e) { console.log(e.message); }
s2.fullName = '  Alan   Mathison  Turing ';
console.log(s2.first, '|', s2.last, '|', s2.fullName);
try { s2.id = 99; } catch (e) { console.log(e.constructor.name, e.message.split(' of ')[0]); }
try { Object.defineProperty(s2, 'year', { value: 4, writable: false }); s2.year = 5; } catch (e) { console.log(e.message.split(' of ')[0]); }
console.log(Object.keys(s2), Object.getOwnPropertyNames(Person.prototype), Object.getOwnPropertyNames(Student.prototype));
const byDecade = people.reduce((m, p) => { const d = Math.floor(p.born / 10) * 10 + 's'; m[d] = [...(m[d] || []), p.first]; return m; }, {});
console.log(byDecade);
console.table(people.map(p => ({ name: p.fullName, kind: p.constructor.name, born: p.born })));
