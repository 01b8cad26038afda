new Promise((resolve, reject) => reject([1, 2]));
