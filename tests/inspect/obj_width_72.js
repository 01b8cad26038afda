// an object fits on one line only if its start + entries stay within breakLength
for (let n = 60; n <= 75; n++) console.log([{ key: 'v'.repeat(n - 20) }, 1]);
