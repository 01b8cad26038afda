class Book {
  constructor(title, author, year, isbn) { Object.assign(this, { title, author, year, isbn }); this.available = true; }
  get age() { return 2024 - this.year; }
  toString() { return `"${this.title}" by ${this.author} (${this.year})`; }
}
class Member {
  #borrowed = new Set();
  constructor(name) { this.name = name; }
  borrow(book) {
    if (!book.available) throw new Error(`${book.title} is not available`);
    if (this.#borrowed.size >= 2) throw new Error(`${this.name} has too many books`);
    book.available = false; this.#borrowed.add(book);
  }
  giveBack(book) { if (this.#borrowed.delete(book)) book.available = true; }
  get books() { return [...this.#borrowed].map(b => b.title); }
}
class Library {
  static #instance;
  static get instance() { return Library.#instance ??= new Library(); }
  catalog = [];
  add(...books) { this.catalog.push(...books); return this.catalog.length; }
  search({ author, before, title } = {}) {
    return this.catalog.filter(b => (!author || b.author === author) && (!before || b.year < before) && (!title || new RegExp(title, 'i').test(b.title)));
  }
  groupBy(key) {
    return this.catalog.reduce((acc, b) => { (acc[b[key]] ||= []).push(b.title); return acc; }, {});
  }
}
const lib = Library.instance;
console.log(lib === Library.instance);
console.log(lib.add(new Book('Dune', 'Herbert', 1965, '978-0'), new Book('Emma', 'Austen', 1815, '978-1'), new Book('Persuasion', 'Austen', 1817, '978-2'), new Book('Neuromancer', 'Gibson', 1984, '978-3')));
console.log(lib.search({ author: 'Austen' }).map(String));
console.log(lib.search({ before: 1900, title: 'SUA' }));
console.log(lib.groupBy('author'));
const ann = new Member('Ann');
ann.borrow(lib.catalog[0]); ann.borrow(lib.catalog[1]);
for (const b of [lib.catalog[2], lib.catalog[0]]) {
  try { ann.borrow(b); } catch (e) { console.log('Error:', e.message); }
}
console.log(ann.books, ann);
ann.giveBack(lib.catalog[0]);
console.log(lib.catalog.filter(b => b.available).map(b => `${b.title} (${b.age} yrs)`).join('; '));
console.log(lib.catalog.toSorted((a, b) => a.title.localeCompare(b.title)).map(b => b.title));
console.log(Object.entries(lib.groupBy('year')).sort(([a], [b]) => b - a));
console.log(lib.catalog.find(b => b.year > 1900), lib.catalog.findLast(b => b.author === 'Austen').title, lib.catalog.findIndex(b => b.year === 1));
console.log(lib.catalog.some(b => !b.available), lib.catalog.every(b => b.isbn.startsWith('978')));
console.table(lib.catalog.map(({ title, year, available }) => ({ title, year, available })));
