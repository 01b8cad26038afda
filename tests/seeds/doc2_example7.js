let john = { name: "John" };

countUser(john); // count his visits

// later john leaves us
john = null;
