// u+i: simple case folding pairs newer than PCRE2's tables.
console.log(/[\u0390]/ui.test('\u1fd3'), /\u1fd3/ui.test('\u0390'));
console.log(/\u03b0/ui.test('\u1fe3'), /[\u1fe3]/ui.test('\u03b0'));
console.log(/[\ufb00-\ufb05]/ui.test('\ufb06'), /\ufb06/ui.test('\ufb05'));
console.log(/[^\u0390]/ui.test('\u1fd3'), /\u0390/i.test('\u1fd3'), /\u0390/u.test('\u1fd3'));
console.log('\u1fd3x\u0390'.replace(/\u0390/giu, '#'));
