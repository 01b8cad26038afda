const xs = [0, 1, -1, 1234.5, 1234.5678, 0.125, 1.005, 999.9999, -0.001, 1e21, 123456789.987654];
const opts = [undefined, { minimumFractionDigits: 2 }, { maximumFractionDigits: 0 }, { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { style: 'currency', currency: 'USD' }, { style: 'currency', currency: 'EUR' }, { style: 'currency', currency: 'GBP' }, { style: 'currency', currency: 'JPY' },
  { style: 'percent' }, { style: 'percent', minimumFractionDigits: 1 }, { useGrouping: false }, { maximumFractionDigits: 5 }, { minimumIntegerDigits: 3 },
  { style: 'currency', currency: 'USD', minimumFractionDigits: 0 }, { maximumSignificantDigits: 3 }];
for (const o of opts) console.log(JSON.stringify(o), xs.map(x => x.toLocaleString('en-US', o)).join(' | '));
console.log((1234.5).toLocaleString('de-DE'), (1234.5).toLocaleString('en-GB'), (1234.5).toLocaleString('fr-FR'), (1234.5).toLocaleString('en-IN'), (1234567.5).toLocaleString('en-IN'));
try { (1).toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 1 }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('en-US', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('en-US', { maximumFractionDigits: 101 }); } catch (e) { console.log(e.name, e.message); }
console.log((5).toLocaleString('en-US', { style: 'currency', currency: 'usd' }), (5).toLocaleString(undefined, { style: 'currency', currency: 'CAD' }), (5).toLocaleString(undefined, { style: 'currency', currency: 'INR' }));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }));
{
const ys = [0, 0.5, 1.5, 2.5, -2.5, 9.995, 99.5, 999999.5, 1e-7, 123.456e10, 0.1 + 0.2, 5e-324, 1.7976931348623157e308];
for (const o of [undefined, { maximumFractionDigits: 2 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, { maximumSignificantDigits: 1 }, { minimumSignificantDigits: 5 }, { style: 'percent', maximumFractionDigits: 2 }, { style: 'currency', currency: 'eur', currencyDisplay: 'code' }, { minimumIntegerDigits: 2, useGrouping: false }])
  console.log(JSON.stringify(o), ys.map(x => x.toLocaleString('en-US', o)).join(' | '));
console.log((1234.5).toLocaleString('de-DE', { style: 'currency', currency: 'EUR' }), (0.5).toLocaleString('de', { style: 'percent' }), (12345.678).toLocaleString('fr', { maximumFractionDigits: 1 }));
console.log((123456789).toLocaleString('en-IN'), (12).toLocaleString('en-IN'), (1234).toLocaleString('en-IN'), (-98765432.1).toLocaleString('en-IN', { style: 'currency', currency: 'INR' }));
const total = [19.99, 5.01, 100].reduce((a, b) => a + b);
console.log(`Total: ${total.toLocaleString('en-US', { style: 'currency', currency: 'USD' })}`);
console.log(new Number(42).toLocaleString(), Number.prototype.toLocaleString.length, (1e21).toLocaleString(undefined, { maximumSignificantDigits: 2 }));
try { (1).toLocaleString('en', { style: 'bogus' }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('en', { minimumIntegerDigits: 0 }); } catch (e) { console.log(e.name, e.message); }
try { (1).toLocaleString('en', { style: 'currency', currency: 'US' }); } catch (e) { console.log(e.name, e.message); }
}
