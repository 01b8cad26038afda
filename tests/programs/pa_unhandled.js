console.log('before');
Promise.reject(new Error('nobody catches me'));
setTimeout(() => console.log('not reached'), 10);
