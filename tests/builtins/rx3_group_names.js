// Group names are IdentifierNames: Unicode ID_Start / ID_Continue only.
function tryRe(src, flags) {
  try {
    new RegExp(src, flags);
    console.log('ok', src, flags);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
tryRe('(?<\u2764>a)', '');          // a symbol, not a letter
tryRe('(?<\u2764>a)', 'u');
tryRe('(?<\u{104A4}>a)', '');       // a digit (Osmanya), not ID_Start
tryRe('(?<$\u275E>a)', '');
tryRe('(?<a\\u{1F08B}>.)', '');
tryRe('(?<a\\u{110000}>.)', 'u');
tryRe('(?<a\\uZZZZ>.)', '');
tryRe('(?<\u00e9t\u00e9>x)', '');    // letters are fine
tryRe('(?<\u{1D49C}>x)', '');
console.log('summer'.replace(/(?<\u00e9t\u00e9>mm)/, '[$<\u00e9t\u00e9>]'));
console.log(/(?<a\u{1D49C}>.)/.exec('z').groups['a\u{1D49C}']);
