class Node { constructor() { this.next = this; } }
console.log(new Node());
