new Promise((_, rej) => rej(new Error('r')));
