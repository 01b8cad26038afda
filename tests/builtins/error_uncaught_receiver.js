const m = new Map();
Map.prototype.get.call({}, 1);
