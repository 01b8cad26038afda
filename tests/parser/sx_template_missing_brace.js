const v = `tmpl ${x);`;
