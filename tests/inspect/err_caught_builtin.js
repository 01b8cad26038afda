try { null.x; } catch (e) { console.log(e.message); console.log(e.constructor.name); }
try { undefined(); } catch (e) { console.log(e.name + ': ' + e.message); }
