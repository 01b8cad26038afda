// With u and i, \w also matches long s and the Kelvin sign; \W does not.
console.log(/\w/iu.test('\u017f'), /\w/iu.test('\u212a'), /\W/iu.test('\u017f'), /\W/iu.test('\u212a'));
console.log(/[^\W]/iu.test('\u212a'), /[\W]/iu.test('\u017f'), /\W/u.test('\u017f'), /\w/i.test('\u017f'));
console.log('\u017fK\u212a!'.replace(/\w/giu, '.'), '\u017fK\u212a!'.replace(/\W/giu, '.'));
