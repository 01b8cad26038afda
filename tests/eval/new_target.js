function F() { return new.target === F; }
console.log(new F() instanceof F, F());
function G() { if (!new.target) return 'called'; this.made = true; }
console.log(G(), new G().made);
class A { constructor() { this.nt = new.target.name; } }
class B extends A {}
console.log(new A().nt, new B().nt);
function H() { const arrow = () => new.target; return arrow(); }
console.log(new H() === undefined, H());
function R() { return { replaced: true }; }
console.log(new R().replaced, new R() instanceof R);
function P() { return 5; }
console.log(new P() instanceof P);
