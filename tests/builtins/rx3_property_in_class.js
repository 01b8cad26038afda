// A bad \p name inside a class has its own message.
for (const src of ['[\\pL]', '[\\p{Lu=x}]', '[\\P{}]', '\\p{nope}', '[\\p{Script=Greek}]'])
  try {
    console.log(new RegExp(src, 'u').test('\u03b1'));
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
