weakMap.set(john, "secret documents");
// if john dies, secret documents will be destroyed automatically
