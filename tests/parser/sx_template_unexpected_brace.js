const v = `${(x}`;
