const STATUS = Object.freeze({ TODO: 'todo', DOING: 'doing', DONE: 'done' });
let nextId = 1;
class Task {
  constructor(title, { priority = 'normal', tags = [], due = null } = {}) {
    this.id = nextId++;
    this.title = title;
    this.priority = priority;
    this.tags = tags;
    this.due = due;
    this.status = STATUS.TODO;
  }
  advance() {
    const order = Object.values(STATUS);
    const i = order.indexOf(this.status);
    if (i === order.length - 1) throw new Error(`Task #${this.id} is already done`);
    this.status = order[i + 1];
    return this;
  }
}
class TodoList {
  #tasks = [];
  add(title, opts) { const t = new Task(title, opts); this.#tasks.push(t); return t; }
  byStatus() {
    return Object.groupBy ? Object.groupBy(this.#tasks, t => t.status) : this.#tasks.reduce((g, t) => ((g[t.status] ??= []).push(t), g), {});
  }
  find(pred) { return this.#tasks.filter(pred); }
  summary() {
    const counts = this.#tasks.reduce((c, t) => ({ ...c, [t.status]: (c[t.status] ?? 0) + 1 }), {});
    return Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(', ');
  }
  print() {
    for (const t of this.#tasks) {
      const box = { todo: '[ ]', doing: '[~]', done: '[x]' }[t.status];
      const tags = t.tags.length ? ' #' + t.tags.join(' #') : '';
      console.log(`${box} ${String(t.id).padStart(2, '0')}. ${t.title}${t.priority === 'high' ? ' (!)' : ''}${tags}`);
    }
  }
}
const list = new TodoList();
list.add('Write report', { priority: 'high', tags: ['work'] });
list.add('Buy milk', { tags: ['home', 'shopping'] });
list.add('Call mom');
const t4 = list.add('Fix bug #42', { priority: 'high', tags: ['work', 'urgent'], due: '2024-06-01' });
t4.advance().advance();
list.find(t => t.title.startsWith('Buy'))[0].advance();
list.print();
console.log(list.summary());
console.log(list.find(t => t.tags.includes('work')).map(t => t.title));
try { t4.advance(); } catch (e) { console.log(e.message); }
console.log(t4);
console.log(list.find(t => t.priority === 'high'));
const { high = [], normal = [] } = list.find(() => true).reduce((acc, t) => { (acc[t.priority] ||= []).push(t.id); return acc; }, {});
console.log({ high, normal });
console.log(STATUS, Object.isFrozen(STATUS));
STATUS.NEW = 'x';
console.log(STATUS.NEW, Object.keys(STATUS).length);
