class X extends null {}
try { new X(); } catch (e) { console.log(e.message); }
class Y extends Object { constructor() { } }
try { new Y(); } catch (e) { console.log(e.message); }
class Z extends Object { constructor() { return 1; } }
try { new Z(); } catch (e) { console.log(e.message); }
class W extends Object { constructor() { super(); super(); } }
try { new W(); } catch (e) { console.log(e.message); }
class V { constructor() { return { custom: true }; } }
console.log(new V());
const Cls = class Named { who() { return Named.name; } };
console.log(new Cls().who());
try { class Q extends undefined {} } catch (e) { console.log(e.message); }
